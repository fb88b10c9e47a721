import type { BlobCompleteResponse } from '../../shared/sync/blobProtocol';
import { HttpError } from '../app/HttpError';
import type { AuthContext } from '../auth/authenticate';
import type { Sql } from '../db/Sql';
import { findOwnUpload } from './findOwnUpload';
import { hashUploadChunks } from './hashUploadChunks';
import { offsetConflict } from './offsetConflict';

/**
 * Where a blob's bytes are, in `blob.storage_path`: the `blob_content` table of this database. The column
 * stays so a later build could keep very large files elsewhere without a schema change.
 */
export const IN_DATABASE = 'db:blob_content';

/**
 * `POST /sync/v1/blobs/uploads/:uploadId/complete`: re-hashes every stored byte and, only when hash and size
 * match what was announced, stores the blob write-once under its hash. A mismatch discards the upload
 * (422): bytes that are not what their record names must never be served under that name. Calling it again
 * after success answers the same (the first answer may have been lost on the way).
 */
export async function completeUpload(
  sql: Sql,
  auth: AuthContext,
  uploadId: string,
  nowMs: number,
): Promise<BlobCompleteResponse> {
  const upload = await findOwnUpload(sql, auth, uploadId);
  const stored: BlobCompleteResponse = { status: 'stored', sha256: upload.sha256, size: upload.size };
  if (upload.isCompleted) return stored;
  if (upload.receivedBytes < upload.size) throw offsetConflict('blob.uploadIncomplete', upload.receivedBytes);
  // Hashed outside the transaction: a full upload takes no more chunks, so nothing changes meanwhile, and
  // PGlite (one connection) keeps serving other requests between the pages read.
  const actual = await hashUploadChunks(sql, upload.id);
  const isMatch = actual.isContiguous && actual.size === upload.size && actual.sha256 === upload.sha256;
  const outcome = await sql.transaction(async (tx) => {
    const current = await findOwnUpload(tx, auth, uploadId, true);
    if (current.isCompleted) return 'stored';
    if (!isMatch) {
      await tx.query('DELETE FROM blob_upload WHERE id = $1', [upload.id]);
      // Returned, not thrown: throwing here would roll the discard back.
      return 'discarded';
    }
    const created = await tx.query(
      `INSERT INTO blob (sha256, size, media_type, storage_path, stored_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (sha256) DO NOTHING RETURNING sha256`,
      [upload.sha256, upload.size, upload.mediaType, IN_DATABASE, new Date(nowMs).toISOString()],
    );
    // Another upload of the same bytes may have landed first; write-once means its copy stays.
    if (created.length > 0) {
      await tx.query(
        `INSERT INTO blob_content (sha256, byte_offset, bytes)
         SELECT $1, byte_offset, bytes FROM blob_upload_chunk WHERE upload_id = $2`,
        [upload.sha256, upload.id],
      );
    }
    await tx.query('DELETE FROM blob_upload_chunk WHERE upload_id = $1', [upload.id]);
    await tx.query('UPDATE blob_upload SET completed_at = $2, updated_at = $2 WHERE id = $1', [
      upload.id,
      new Date(nowMs).toISOString(),
    ]);
    return 'stored';
  });
  if (outcome === 'discarded') throw new HttpError(422, 'blob.hashMismatch');
  return stored;
}
