/**
 * The kinds of refusal the court server's domain gives. Each is a class of its own in this folder; the one
 * HTTP error handler (server/app/handleError.ts) maps a kind to a status, so domain code never speaks HTTP
 * and a new kind does not compile until it has a status (server/app/domainErrorAnswer.ts).
 */
export type DomainErrorKind =
  | 'invalidInput'
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'stateConflict'
  | 'uploadOffsetConflict'
  | 'tooLarge'
  | 'unsupportedMediaType'
  | 'rangeNotSatisfiable'
  | 'contentMismatch'
  | 'clientTooOld'
  | 'throttled';

/**
 * A request the court server refuses for good, with a stable protocol code (shared/sync/protocolMessages.ts,
 * server/blobs/blobMessages.ts) that the client decides on, and the offending field's path where there is
 * one. Like MutationRejected inside a push, but for a whole request.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;

  constructor(
    readonly code: string,
    readonly path?: string,
  ) {
    super(code);
    this.name = new.target.name;
  }
}
