import { DomainError } from './DomainError';

/** The caller is known but may not do this (another officer's device or upload, a review by an officer). */
export class Forbidden extends DomainError {
  readonly kind = 'forbidden';
}
