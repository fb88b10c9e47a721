import { DomainError } from './DomainError';

/** A body in a format the endpoint does not take. */
export class UnsupportedMediaType extends DomainError {
  readonly kind = 'unsupportedMediaType';
}
