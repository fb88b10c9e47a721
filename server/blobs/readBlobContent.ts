import type { SqlExecutor } from '../db/Sql';
import { base64Bytea } from './base64Bytea';
import { STORAGE_PATHS } from './storagePaths';

/** Pieces (at most 4 MiB each) read per query: a download never holds more than a few MB of a blob. */
const PAGE_ROWS = 2;

/** A stored blob as a download needs it: where its pieces are (`blob.storage_path`) and under which key. */
export type StoredBlob = { sha256: string; storagePath: string; uploadId: string | null };

/** The table holding a blob's pieces and the value of its key column; both tables share the other columns. */
function piecesOf(blob: StoredBlob): { table: string; key: string; value: string } {
  if (blob.storagePath === STORAGE_PATHS.uploadChunks && blob.uploadId !== null)
    return { table: 'blob_upload_chunk', key: 'upload_id', value: blob.uploadId };
  if (blob.storagePath === STORAGE_PATHS.blobContent)
    return { table: 'blob_content', key: 'sha256', value: blob.sha256 };
  throw new Error(`blob ${blob.sha256} is stored at an unknown place: ${blob.storagePath}`);
}

/**
 * The bytes `start`..`end` (inclusive) of a stored blob, piece by piece in order, read lazily page by page
 * as the response is sent. Only the pieces overlapping the range are read.
 */
export async function* readBlobContent(
  db: SqlExecutor,
  blob: StoredBlob,
  start: number,
  end: number,
): AsyncGenerator<Uint8Array> {
  const { table, key, value } = piecesOf(blob);
  let after = -1;
  for (;;) {
    const rows = await db.query<{ byte_offset: number; bytes: string }>(
      `SELECT byte_offset, encode(bytes, 'base64') AS bytes FROM ${table}
       WHERE ${key} = $1 AND byte_offset > $2 AND byte_offset <= $3 AND byte_offset + octet_length(bytes) > $4
       ORDER BY byte_offset LIMIT ${PAGE_ROWS}`,
      [value, after, end, start],
    );
    for (const row of rows) {
      const bytes = base64Bytea.fromColumn(row.bytes);
      const from = Math.max(0, start - row.byte_offset);
      const to = Math.min(bytes.byteLength, end + 1 - row.byte_offset);
      yield bytes.subarray(from, to);
      after = row.byte_offset;
    }
    if (rows.length < PAGE_ROWS) return;
  }
}
