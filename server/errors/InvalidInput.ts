import { DomainError } from './DomainError';

/** Input that does not make sense (a malformed field, a batch out of order, a bad header): fix and resend. */
export class InvalidInput extends DomainError {
  readonly kind = 'invalidInput';
}
