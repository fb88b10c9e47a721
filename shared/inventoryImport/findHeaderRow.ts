import { recogniseHeader } from './recogniseHeader';

/** How far down a sheet the header may sit (a title, the enterprise's name and a date often come first). */
const SEARCH_ROWS = 20;

/**
 * The index of the header row: the first of the top rows where at least two cells are recognised as field
 * headers, one of them the name. Null when none is found, and the person picks the row. Enterprise lists
 * usually open with a title row ("某某公司固定资产清单") above the header.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number | null {
  const limit = Math.min(rows.length, SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const fields = new Set(rows[r]!.map((c) => recogniseHeader(c)?.field).filter((f) => f !== undefined));
    if (fields.size >= 2 && fields.has('name')) return r;
  }
  return null;
}
