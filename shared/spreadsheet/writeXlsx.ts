import { dateTextToSerial } from './excelSerial';
import { writeXlsxBytes, type WriteCell, type WriteSheet } from './sheetjs';

/**
 * How a column's values are written. `yuan` takes integer fen and writes yuan as a number formatted 0.00
 * with thousands separators; `date` takes "YYYY-MM-DD" and `dateTime` "YYYY-MM-DD HH:mm" (local time, as
 * the screen shows it) and writes real dates; `integer` and `decimal` are counts and averages.
 */
export type ExportColumnKind = 'text' | 'integer' | 'decimal' | 'yuan' | 'date' | 'dateTime';

export type ExportColumn = { header: string; kind: ExportColumnKind; width?: number };

/** A value of a row: text, a number (fen for `yuan` columns), or nothing. */
export type ExportValue = string | number | null;

export type ExportSheet = {
  /** The sheet tab's name; cut to Excel's 31 characters, with the characters Excel forbids replaced. */
  name: string;
  /** Lines above the header (title, case number, date), each merged across the table's width. */
  titleLines?: readonly string[];
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportValue[])[];
};

export const NUMBER_FORMATS = {
  integer: '0',
  decimal: '0.0',
  yuan: '#,##0.00',
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
} as const;

const DEFAULT_WIDTH: Record<ExportColumnKind, number> = {
  text: 16,
  integer: 8,
  decimal: 10,
  yuan: 16,
  date: 12,
  dateTime: 17,
};

/**
 * An .xlsx workbook of `sheets`, for officers and judges to open in Excel or WPS: a title, a header row,
 * then the rows, with money as yuan numbers (integer fen divided by 100 is the double nearest the written
 * amount, so it reads back to the same fen) and dates as date cells.
 */
export function writeXlsx(sheets: readonly ExportSheet[]): Uint8Array {
  const used = new Set<string>();
  return writeXlsxBytes(sheets.map((s) => toWriteSheet(s, uniqueName(s.name, used))));
}

function toWriteSheet(sheet: ExportSheet, name: string): WriteSheet {
  const width = Math.max(1, sheet.columns.length);
  const titles = sheet.titleLines ?? [];
  const rows: (WriteCell | null)[][] = titles.map((line) => [{ t: 's', v: line }]);
  rows.push(sheet.columns.map((c) => ({ t: 's', v: c.header })));
  for (const values of sheet.rows) rows.push(sheet.columns.map((c, i) => cellOf(c.kind, values[i] ?? null)));
  return {
    name,
    rows,
    merges: titles.map((_, r) => ({ s: { r, c: 0 }, e: { r, c: width - 1 } })),
    widths: sheet.columns.map((c) => c.width ?? Math.max(DEFAULT_WIDTH[c.kind], displayWidth(c.header) + 2)),
  };
}

function cellOf(kind: ExportColumnKind, value: ExportValue): WriteCell | null {
  if (value === null || value === '') return null;
  if (typeof value === 'string') {
    if (kind === 'date' || kind === 'dateTime') {
      const serial = dateTextToSerial(value);
      if (serial !== null) return { t: 'n', v: serial, z: NUMBER_FORMATS[kind] };
    }
    return { t: 's', v: value };
  }
  switch (kind) {
    case 'yuan':
      return { t: 'n', v: value / 100, z: NUMBER_FORMATS.yuan };
    case 'integer':
    case 'decimal':
      return { t: 'n', v: value, z: NUMBER_FORMATS[kind] };
    default:
      return { t: 'n', v: value };
  }
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], not empty, unique in the workbook. */
function uniqueName(name: string, used: Set<string>): string {
  const base = (name.replace(/[:\\/?*[\]]/g, '_').trim() || 'Sheet').slice(0, 31);
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++)
    candidate = `${base.slice(0, 31 - `(${n})`.length)}(${n})`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** Columns in characters: a Chinese character takes two. */
function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return n;
}
