import { UUID_PATTERN } from '../../shared/ids/uuidv7';
import type { AuthContext } from '../auth/authenticate';
import type { Sql } from '../db/Sql';
import type { DomainError } from '../errors/DomainError';
import { InvalidInput } from '../errors/InvalidInput';
import { NotFound } from '../errors/NotFound';
import { StateConflict } from '../errors/StateConflict';
import { UploadOffsetConflict } from '../errors/UploadOffsetConflict';
import { sha256 } from '../util/sha256';
import { findOwnUpload } from './findOwnUpload';
import type { RunningHashes } from './RunningHashes';

/** One `PATCH` chunk as received: where the client says it starts, its declared checksum, its bytes. */
export type Chunk = { offset: number; sha256: string; bytes: Uint8Array };

/**
 * Moves the upload's offset and stores the chunk in one statement (one round trip, atomic on its own): the
 * UPDATE takes the upload's row lock and matches only when the chunk belongs to the caller's unfinished
 * upload, starts exactly at its offset and stays within its size, and the chunk is inserted only for the
 * row it returns. Two chunks sent at once for one upload queue on the row lock; the second then no longer
 * matches the offset and stores nothing.
 */
const STORE_CHUNK = `
  WITH accepted AS (
    UPDATE blob_upload SET received_bytes = $4, updated_at = $5
    WHERE id = $1 AND user_id = $2 AND completed_at IS NULL AND received_bytes = $3 AND size >= $4
    RETURNING id
  ), stored AS (
    INSERT INTO blob_upload_chunk (upload_id, byte_offset, bytes) SELECT id, $3, $6::bytea FROM accepted
  )
  SELECT id FROM accepted`;

/**
 * Why a chunk was not stored, in the order the checks have always been answered. The upload is read again
 * after the fact, so this is its state a moment later; if nothing explains the refusal any more (another
 * chunk moved the offset meanwhile), the client is sent to the current offset.
 */
async function refusal(sql: Sql, auth: AuthContext, uploadId: string, chunk: Chunk): Promise<DomainError> {
  const upload = await findOwnUpload(sql, auth, uploadId);
  if (upload.isCompleted) return new StateConflict('blob.uploadCompleted', { offset: upload.size });
  if (chunk.offset === upload.receivedBytes && chunk.offset + chunk.bytes.byteLength > upload.size)
    return new InvalidInput('blob.chunkBeyondSize');
  return new UploadOffsetConflict('blob.offsetMismatch', upload.receivedBytes);
}

/**
 * `PATCH /sync/v1/blobs/uploads/:uploadId`: stores one chunk and returns the new offset. A chunk is taken
 * only if its bytes hash to the declared checksum and it starts exactly at the server's offset; otherwise
 * nothing is stored, and a wrong offset is answered with the real one so the client resumes from there.
 * Stored chunks also feed the upload's running hash, which spares `complete` reading them back.
 */
export async function appendChunk(
  sql: Sql,
  auth: AuthContext,
  uploadId: string,
  chunk: Chunk,
  nowMs: number,
  hashes: RunningHashes,
): Promise<number> {
  if (chunk.bytes.byteLength === 0) throw new InvalidInput('blob.emptyChunk');
  // Hashed before any database work: a damaged chunk costs no transaction and leaves no trace.
  if (sha256.hex(chunk.bytes) !== chunk.sha256) throw new InvalidInput('blob.chunkChecksumMismatch');
  // Ids are UUIDv7: anything else cannot name an upload, so the database is not even asked.
  if (!UUID_PATTERN.test(uploadId)) throw new NotFound('blob.uploadUnknown');
  const end = chunk.offset + chunk.bytes.byteLength;
  const stored = await sql.query<{ id: string }>(STORE_CHUNK, [
    uploadId,
    auth.user.id,
    chunk.offset,
    end,
    new Date(nowMs).toISOString(),
    chunk.bytes,
  ]);
  if (stored.length === 0) throw await refusal(sql, auth, uploadId, chunk);
  hashes.advance(uploadId, chunk.offset, chunk.bytes);
  return end;
}
