import { mapColumns, REQUIRED_COLUMNS } from './caseColumns';

/** How far down the header may sit: a court's export opens with a title, the court and a date. */
const SEARCH_ROWS = 20;

/**
 * The index of the header row of a case export: the first of the top rows that names the case number and
 * at least one more required column (a merged title such as "某法院执行案件清单" names none), else the first
 * row with any text, as before titles were looked for.
 */
export function findCaseHeaderRow(rows: readonly (readonly string[])[]): number | null {
  const limit = Math.min(rows.length, SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const columns = mapColumns(rows[r]!);
    const required = REQUIRED_COLUMNS.filter((c) => columns[c] !== undefined).length;
    if (columns.caseNumber !== undefined && required >= 2) return r;
  }
  const first = rows.findIndex((row) => row.some((c) => c.trim() !== ''));
  return first < 0 ? null : first;
}
