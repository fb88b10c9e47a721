import { classifyCompoundFile, classifyZip, type RefusalReason } from './classifyContainer';
import { decodeText, type Decode, type TextEncodingName } from './decodeText';
import { parseCsvText, type CsvDelimiter } from './parseCsvText';
import { compoundFilePaths, readWorkbook } from './sheetjs';
import { sheetRows, type CellRange } from './sheetRows';
import { sniffBytes, type Sniffed } from './sniffBytes';
import { zipDirectory } from './zipDirectory';

/** What was read: the workbook formats enterprises and courts send, and CSV / tab-separated text. */
export type SpreadsheetFormat = 'xlsx' | 'xls' | 'et' | 'ods' | 'csv';

/** One sheet as cell text (see `cellText`): row n of `rows` is row n + 1 of the sheet. */
export type Sheet = {
  name: string;
  rows: string[][];
  merges: CellRange[];
  isHidden: boolean;
};

export type Spreadsheet = {
  format: SpreadsheetFormat;
  /** For text files: the encoding found and the field separator. */
  text: { encoding: TextEncodingName; delimiter: CsvDelimiter } | null;
  sheets: Sheet[];
  /** Characters of a text file the decoder could not map (shown as U+FFFD): the file is read, with a warning. */
  undecodableCount: number;
};

/** Why the file was refused, with the 1-based row where the problem starts when there is one. */
export type Refusal = { reason: RefusalReason; rowNumber?: number };

export type ReadSpreadsheetResult = { ok: true; spreadsheet: Spreadsheet } | { ok: false; refusal: Refusal };

/** Bigger than any asset list or case export (a 5,000-row list is well under 2 MB). */
export const MAX_SPREADSHEET_BYTES = 50 * 1024 * 1024;
/** More rows than any list has; a sheet claiming more is formatting run wild or a different file. */
export const MAX_SPREADSHEET_ROWS = 200_000;

/**
 * Reads a spreadsheet the way the inventory import and the court's case import both need it: every sheet
 * of an .xlsx, .xls, WPS .et or .ods workbook, or a CSV / tab-separated text file (UTF-8 with or without
 * BOM, UTF-16, GBK/GB18030), as rows of cell text. The bytes decide what the file is, not its name, which
 * only tells an .et from an .xls. Everything that cannot be read is refused with a reason that has advice
 * of its own: an empty file, a password-protected workbook, a PDF, a photo, a Word or Numbers file, a web
 * page saved as .xls, an unclosed quote in a CSV.
 */
export function readSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  platform: { decode: Decode },
): ReadSpreadsheetResult {
  if (bytes.byteLength > MAX_SPREADSHEET_BYTES) return refuse('tooLarge');
  const sniffed = sniffBytes(bytes);
  switch (sniffed) {
    case 'zip':
    case 'compoundFile':
      return readContainer(bytes, fileName, sniffed === 'zip');
    case 'text':
      return readText(bytes, fileName, platform.decode);
    default:
      return refuse(REFUSED_BY_SIGNATURE[sniffed]);
  }
}

const REFUSED_BY_SIGNATURE: Record<Exclude<Sniffed, 'zip' | 'compoundFile' | 'text'>, RefusalReason> = {
  empty: 'empty',
  pdf: 'pdf',
  image: 'image',
  archive: 'archive',
  richText: 'wordDocument',
  markup: 'markup',
};

const refuse = (reason: RefusalReason, rowNumber?: number): ReadSpreadsheetResult => ({
  ok: false,
  refusal: rowNumber === undefined ? { reason } : { reason, rowNumber },
});

function readContainer(bytes: Uint8Array, fileName: string, isZip: boolean): ReadSpreadsheetResult {
  let kind;
  try {
    kind = isZip ? classifyZip(zipDirectory(bytes)) : classifyCompoundFile(compoundFilePaths(bytes));
  } catch {
    return refuse('damaged');
  }
  if ('refused' in kind) return refuse(kind.refused);
  let workbook;
  try {
    workbook = readWorkbook(bytes, MAX_SPREADSHEET_ROWS + 1);
  } catch (error) {
    // SheetJS says "File is password-protected" for an .xls with a password; anything else is damage.
    return refuse(error instanceof Error && /password/i.test(error.message) ? 'encrypted' : 'damaged');
  }
  const is1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const hidden = workbook.Workbook?.Sheets ?? [];
  const sheets: Sheet[] = [];
  for (const [i, name] of workbook.SheetNames.entries()) {
    const ws = workbook.Sheets[name];
    const data = ws?.['!data'] ?? [];
    if (data.length > MAX_SPREADSHEET_ROWS) return refuse('tooManyRows');
    const merges: CellRange[] = (ws?.['!merges'] ?? []).map((m) => ({
      firstRow: m.s.r,
      firstColumn: m.s.c,
      lastRow: m.e.r,
      lastColumn: m.e.c,
    }));
    sheets.push({
      name,
      rows: sheetRows(data, merges, is1904),
      merges,
      isHidden: (hidden[i]?.Hidden ?? 0) !== 0,
    });
  }
  if (sheets.every((s) => s.rows.length === 0)) return refuse('noData');
  const format = kind.format === 'xls' && /\.et$/i.test(fileName) ? 'et' : kind.format;
  return { ok: true, spreadsheet: { format, text: null, sheets, undecodableCount: 0 } };
}

function readText(bytes: Uint8Array, fileName: string, decode: Decode): ReadSpreadsheetResult {
  const decoded = decodeText(bytes, decode);
  if (decoded.text.trim() === '') return refuse('empty');
  if (looksBinary(decoded.text)) return refuse('notText');
  const csv = parseCsvText(decoded.text);
  if (!csv.ok) return refuse('unterminatedQuote', csv.rowNumber);
  if (csv.rows.length > MAX_SPREADSHEET_ROWS) return refuse('tooManyRows');
  return {
    ok: true,
    spreadsheet: {
      format: 'csv',
      text: { encoding: decoded.encoding, delimiter: csv.delimiter },
      sheets: [{ name: baseName(fileName), rows: trimRows(csv.rows), merges: [], isHidden: false }],
      undecodableCount: decoded.replacementCount,
    },
  };
}

/**
 * Control characters other than tab, line breaks and form feed are not in any CSV a person saved; more than
 * a few of them mean a binary file of a kind we do not know (or a text file in an encoding nobody uses).
 */
function looksBinary(text: string): boolean {
  let control = 0;
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0xfffd)
      control++;
  }
  return control > Math.max(8, sample.length / 100);
}

/** CSV rows as the workbook reader gives them: trailing empty cells and trailing blank rows dropped. */
function trimRows(rows: string[][]): string[][] {
  for (const row of rows) while (row.length > 0 && row[row.length - 1] === '') row.pop();
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]*$/, '');
}
