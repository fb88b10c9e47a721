import type { Sheet } from './readSpreadsheet';

/**
 * The sheet an import starts from: the first visible sheet with data (a workbook often opens with an empty
 * default sheet, or a hidden one holding drop-down lists), else the first sheet with data, else the first.
 */
export function defaultSheetIndex(sheets: readonly Pick<Sheet, 'rows' | 'isHidden'>[]): number {
  const hasData = (s: Pick<Sheet, 'rows'>) => s.rows.some((r) => r.some((c) => c.trim() !== ''));
  const visible = sheets.findIndex((s) => !s.isHidden && hasData(s));
  if (visible >= 0) return visible;
  return Math.max(0, sheets.findIndex(hasData));
}
