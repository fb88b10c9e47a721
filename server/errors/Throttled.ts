import { DomainError } from './DomainError';

/** Too many attempts (sign-ins of one account): refused until `retryAfterSeconds` have passed. */
export class Throttled extends DomainError {
  readonly kind = 'throttled';

  constructor(
    code: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code);
  }
}
