import type { SqlExecutor } from '../db/Sql';
import { sha256 } from '../util/sha256';
import { base64Bytea } from './base64Bytea';

/** Chunks (up to 4 MiB each) read per query: a few MB in memory at a time, whatever the blob's size. */
const PAGE_ROWS = 2;

/**
 * SHA-256 and length of an upload's bytes as stored, read in order a few chunks at a time (for `complete`
 * when this process did not see every chunk stored; see RunningHashes). Returns
 * `isContiguous: false` if a chunk does not start where the previous one ended (never expected: PATCH only
 * appends at the current offset; checked because the answer decides what is kept as evidence).
 */
export async function hashUploadChunks(
  db: SqlExecutor,
  uploadId: string,
): Promise<{ sha256: string; size: number; isContiguous: boolean }> {
  const hash = sha256.start();
  let size = 0;
  let isContiguous = true;
  for (;;) {
    const rows = await db.query<{ byte_offset: number; bytes: string }>(
      `SELECT byte_offset, encode(bytes, 'base64') AS bytes FROM blob_upload_chunk WHERE upload_id = $1 AND byte_offset >= $2
       ORDER BY byte_offset LIMIT ${PAGE_ROWS}`,
      [uploadId, size],
    );
    for (const row of rows) {
      const bytes = base64Bytea.fromColumn(row.bytes);
      if (row.byte_offset !== size) isContiguous = false;
      hash.update(bytes);
      size = row.byte_offset + bytes.byteLength;
    }
    if (rows.length < PAGE_ROWS || !isContiguous) break;
  }
  return { sha256: hash.hex(), size, isContiguous };
}
