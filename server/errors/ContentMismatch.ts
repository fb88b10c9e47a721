import { DomainError } from './DomainError';

/** Content that is not what it claims to be (bytes that do not hash to their name): discarded. */
export class ContentMismatch extends DomainError {
  readonly kind = 'contentMismatch';
}
