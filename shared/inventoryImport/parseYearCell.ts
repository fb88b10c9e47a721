import { foldCell, isPlaceholder, type CellResult } from './cellResult';

/**
 * Reads a year cell into a four-digit year, or null when empty. Besides "2015" it takes the dates lists put
 * in a year column — "2015年", "2015年6月", "2015-06", "2015/6/1", "2015.06" — and keeps the year. A year
 * before 1900 or after `maxYear` (this year, from the caller's clock) is an error, as is anything else.
 */
export function parseYearCell(raw: string, maxYear: number): CellResult<number | null> {
  const cell = foldCell(raw);
  if (cell === '' || isPlaceholder(cell)) return { ok: true, value: null };
  const m =
    /^(\d{4})(?:年?|年(\d{1,2})月(?:(\d{1,2})日)?|[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)$/.exec(
      cell,
    );
  if (!m) return { ok: false, code: 'import.yearFormat' };
  const month = Number(m[2] ?? m[4] ?? 1);
  const day = Number(m[3] ?? m[5] ?? 1);
  if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false, code: 'import.yearFormat' };
  const year = Number(m[1]);
  if (year < 1900) return { ok: false, code: 'import.yearOutOfRange' };
  if (year > maxYear) return { ok: false, code: 'import.yearInFuture' };
  return { ok: true, value: year };
}
