import { DomainError } from './DomainError';

/** Nothing there for this caller: missing, or hidden because it belongs to another team (the same answer). */
export class NotFound extends DomainError {
  readonly kind = 'notFound';
}
