import { DomainError } from './DomainError';

/**
 * The request does not fit the server's current state (a cursor beyond the head, a chunk for a finished
 * upload). `details` are facts the client needs to go on, sent beside the error (`{ offset }`).
 */
export class StateConflict extends DomainError {
  readonly kind = 'stateConflict';

  constructor(
    code: string,
    readonly details: Readonly<Record<string, number>> = {},
  ) {
    super(code);
  }
}
