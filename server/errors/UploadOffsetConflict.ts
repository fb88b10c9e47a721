import { DomainError } from './DomainError';

/**
 * The client's idea of how far an upload is differs from the server's (a chunk at the wrong place,
 * `complete` before every byte): `offset` is where the server is, so the client resumes there.
 */
export class UploadOffsetConflict extends DomainError {
  readonly kind = 'uploadOffsetConflict';

  constructor(
    code: 'blob.offsetMismatch' | 'blob.uploadIncomplete',
    readonly offset: number,
  ) {
    super(code);
  }
}
