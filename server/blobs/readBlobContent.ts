import type { SqlExecutor } from '../db/Sql';
import { base64Bytea } from './base64Bytea';

/** Pieces read per query: a download never holds more than a few MB of a blob in memory. */
const PAGE_ROWS = 4;

/**
 * The bytes `start`..`end` (inclusive) of a stored blob, piece by piece in order, read lazily page by page
 * as the response is sent. Only the pieces overlapping the range are read.
 */
export async function* readBlobContent(
  db: SqlExecutor,
  sha256: string,
  start: number,
  end: number,
): AsyncGenerator<Uint8Array> {
  let after = -1;
  for (;;) {
    const rows = await db.query<{ byte_offset: number; bytes: string }>(
      `SELECT byte_offset, encode(bytes, 'base64') AS bytes FROM blob_content
       WHERE sha256 = $1 AND byte_offset > $2 AND byte_offset <= $3 AND byte_offset + octet_length(bytes) > $4
       ORDER BY byte_offset LIMIT ${PAGE_ROWS}`,
      [sha256, after, end, start],
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
