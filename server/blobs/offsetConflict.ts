import { UPLOAD_OFFSET_HEADER } from '../../shared/sync/blobProtocol';
import { HttpError } from '../app/HttpError';

/**
 * HTTP 409 carrying the server's real offset in the body and the `Upload-Offset` header: the client
 * resumes from there instead of guessing (a chunk at the wrong place, or `complete` before all bytes).
 */
export function offsetConflict(
  code: 'blob.offsetMismatch' | 'blob.uploadIncomplete',
  offset: number,
): HttpError {
  return new HttpError(409, code, { headers: { [UPLOAD_OFFSET_HEADER]: String(offset) }, body: { offset } });
}
