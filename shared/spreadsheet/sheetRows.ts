import { numberText, serialToDateText } from './excelSerial';
import { isDateFormat, type CellObject } from './sheetjs';

/** A rectangle of merged cells, 0-based and inclusive. */
export type CellRange = { firstRow: number; firstColumn: number; lastRow: number; lastColumn: number };

const ERRORS: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/**
 * A cell as the text a person reads in it: strings as they are, booleans TRUE/FALSE, error values as
 * Excel shows them, numbers at 15 significant digits without grouping ("170000.5", which the import's
 * money and quantity readers parse exactly), and numbers formatted as dates as "YYYY-MM-DD" (or with
 * " HH:mm"), so a year column reads as a year, not a serial number.
 */
export function cellText(cell: CellObject | undefined, is1904: boolean): string {
  if (cell === undefined || cell === null) return '';
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return cell.v === true ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? (typeof cell.v === 'number' ? (ERRORS[cell.v] ?? '#ERROR') : '#ERROR');
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v ?? '');
    case 'n': {
      if (typeof cell.v !== 'number') return '';
      return isDateFormat(cell.z) ? serialToDateText(cell.v, is1904) : numberText(cell.v);
    }
    default:
      return '';
  }
}

/**
 * The rows of a dense sheet as cell text. Positions are kept — row n of the result is row n + 1 of the
 * sheet, blank rows are [] and blank cells '' — and trailing blank cells and rows are dropped. A cell
 * merged down over several rows reads as the same value on each of those rows, as a person reading the
 * sheet sees it (a workshop name merged beside its machines); merges across columns only (a title above
 * the header, 合计 spread over several columns) keep their text in the first cell alone.
 */
export function sheetRows(
  data: readonly (readonly (CellObject | undefined)[] | undefined)[],
  merges: readonly CellRange[],
  is1904: boolean,
): string[][] {
  const rows: string[][] = [];
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const row: string[] = [];
    if (source !== undefined && source !== null) {
      for (let c = 0; c < source.length; c++) row.push(cellText(source[c], is1904));
    }
    rows.push(row);
  }
  for (const m of merges) {
    if (m.lastRow === m.firstRow) continue;
    const text = rows[m.firstRow]?.[m.firstColumn] ?? '';
    if (text === '') continue;
    for (let r = m.firstRow + 1; r <= m.lastRow && r < rows.length; r++) {
      const row = rows[r]!;
      while (row.length <= m.firstColumn) row.push('');
      if (row[m.firstColumn] === '') row[m.firstColumn] = text;
    }
  }
  for (const row of rows) while (row.length > 0 && row[row.length - 1] === '') row.pop();
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}
