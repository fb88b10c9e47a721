import { DomainError } from './DomainError';

/** The caller is not established: no token, a bad or expired one, wrong credentials, an ended session. */
export class Unauthenticated extends DomainError {
  readonly kind = 'unauthenticated';
}
