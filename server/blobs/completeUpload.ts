import type { BlobCompleteResponse } from '../../shared/sync/blobProtocol';
import type { AuthContext } from '../auth/authenticate';
import type { Sql } from '../db/Sql';
import { ContentMismatch } from '../errors/ContentMismatch';
import { UploadOffsetConflict } from '../errors/UploadOffsetConflict';
import { findOwnUpload } from './findOwnUpload';
import { hashUploadChunks } from './hashUploadChunks';
import { isCaseVisible } from './isCaseVisible';
import { linkBlobToCase } from './linkBlobToCase';
import type { RunningHashes } from './RunningHashes';
import { STORAGE_PATHS } from './storagePaths';

/**
 * SHA-256 and size of the upload's bytes: from the running hash when this process stored every chunk,
 * otherwise (a restart, another server process, a forgotten entry) by reading the stored chunks back.
 */
async function hashOfUpload(sql: Sql, hashes: RunningHashes, uploadId: string, size: number) {
  const running = hashes.digest(uploadId, size);
  if (running !== null) return { sha256: running, size, isContiguous: true };
  // Read outside the transaction: a full upload takes no more chunks, so nothing changes meanwhile, and
  // PGlite (one connection) keeps serving other requests between the pages read.
  return hashUploadChunks(sql, uploadId);
}

/**
 * `POST /sync/v1/blobs/uploads/:uploadId/complete`: checks that the SHA-256 of every stored byte, in order,
 * and their count match what was announced and, only then, stores the blob write-once under its hash: its
 * record names the upload whose chunks hold the bytes, which then can no longer change; the bytes are linked
 * to the case they were announced for (already stored bytes are kept once and linked). A mismatch
 * discards the upload (ContentMismatch): bytes that are not what their record names must never be served under that
 * name. Calling it again after success answers the same (the first answer may have been lost on the way).
 */
export async function completeUpload(
  sql: Sql,
  auth: AuthContext,
  uploadId: string,
  nowMs: number,
  hashes: RunningHashes,
): Promise<BlobCompleteResponse> {
  const upload = await findOwnUpload(sql, auth, uploadId);
  const stored: BlobCompleteResponse = { status: 'stored', sha256: upload.sha256, size: upload.size };
  if (upload.isCompleted) return stored;
  if (upload.receivedBytes < upload.size)
    throw new UploadOffsetConflict('blob.uploadIncomplete', upload.receivedBytes);
  const actual = await hashOfUpload(sql, hashes, upload.id, upload.size);
  const isMatch = actual.isContiguous && actual.size === upload.size && actual.sha256 === upload.sha256;
  const now = new Date(nowMs).toISOString();
  const outcome = await sql.transaction(async (tx) => {
    const current = await findOwnUpload(tx, auth, uploadId, true);
    if (current.isCompleted) return 'stored';
    if (!isMatch) {
      await tx.query('DELETE FROM blob_upload WHERE id = $1', [upload.id]);
      // Returned, not thrown: throwing here would roll the discard back.
      return 'discarded';
    }
    const created = await tx.query(
      `INSERT INTO blob (sha256, size, media_type, storage_path, stored_at, upload_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (sha256) DO NOTHING RETURNING sha256`,
      [upload.sha256, upload.size, upload.mediaType, STORAGE_PATHS.uploadChunks, now, upload.id],
    );
    // Another upload of the same bytes landed first; write-once means its copy stays and this one's
    // chunks are no longer needed: the bytes are not stored twice, this upload only proved possession.
    if (created.length === 0)
      await tx.query('DELETE FROM blob_upload_chunk WHERE upload_id = $1', [upload.id]);
    // The bytes now belong to the case they were sent for, if the caller may still see it.
    if (upload.caseId !== null && (await isCaseVisible(tx, auth, upload.caseId)))
      await linkBlobToCase(tx, { sha256: upload.sha256, caseId: upload.caseId, uploadId: upload.id }, now);
    await tx.query('UPDATE blob_upload SET completed_at = $2, updated_at = $2 WHERE id = $1', [
      upload.id,
      now,
    ]);
    return 'stored';
  });
  hashes.forget(upload.id);
  if (outcome === 'discarded') throw new ContentMismatch('blob.hashMismatch');
  return stored;
}
