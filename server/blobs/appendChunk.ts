import { createHash } from 'node:crypto';
import { HttpError } from '../app/HttpError';
import type { AuthContext } from '../auth/authenticate';
import type { Sql } from '../db/Sql';
import { base64Bytea } from './base64Bytea';
import { findOwnUpload } from './findOwnUpload';
import { offsetConflict } from './offsetConflict';

/** One `PATCH` chunk as received: where the client says it starts, its declared checksum, its bytes. */
export type Chunk = { offset: number; sha256: string; bytes: Uint8Array };

/**
 * `PATCH /sync/v1/blobs/uploads/:uploadId`: stores one chunk and returns the new offset. A chunk is taken
 * only if its bytes hash to the declared checksum and it starts exactly at the server's offset; otherwise
 * nothing is stored, and a wrong offset is answered with the real one so the client resumes from there.
 */
export async function appendChunk(
  sql: Sql,
  auth: AuthContext,
  uploadId: string,
  chunk: Chunk,
  nowMs: number,
): Promise<number> {
  if (chunk.bytes.byteLength === 0) throw new HttpError(400, 'blob.emptyChunk');
  // Hashed before any database work: a damaged chunk costs no transaction and leaves no trace.
  if (createHash('sha256').update(chunk.bytes).digest('hex') !== chunk.sha256)
    throw new HttpError(400, 'blob.chunkChecksumMismatch');
  return sql.transaction(async (tx) => {
    const upload = await findOwnUpload(tx, auth, uploadId, true);
    if (upload.isCompleted)
      throw new HttpError(409, 'blob.uploadCompleted', { body: { offset: upload.size } });
    if (chunk.offset !== upload.receivedBytes)
      throw offsetConflict('blob.offsetMismatch', upload.receivedBytes);
    const end = upload.receivedBytes + chunk.bytes.byteLength;
    if (end > upload.size) throw new HttpError(400, 'blob.chunkBeyondSize');
    await tx.query(
      `INSERT INTO blob_upload_chunk (upload_id, byte_offset, bytes) VALUES ($1, $2, decode($3, 'base64'))`,
      [upload.id, chunk.offset, base64Bytea.toParam(chunk.bytes)],
    );
    await tx.query('UPDATE blob_upload SET received_bytes = $2, updated_at = $3 WHERE id = $1', [
      upload.id,
      end,
      new Date(nowMs).toISOString(),
    ]);
    return end;
  });
}
