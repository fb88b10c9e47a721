/**
 * The one file that imports the spreadsheet library: SheetJS Community Edition 0.20.3, as republished on
 * npm by `@e965/xlsx` (pinned exactly in package.json). Everything else reads and writes workbooks through
 * `readSpreadsheet` and `writeXlsx`, so the library can be replaced here alone.
 *
 * Why this build (docs/spreadsheets.md has the comparison):
 * - It reads every format enterprises and courts send — .xlsx, .xls (BIFF8, which WPS .et files also are),
 *   .ods — and writes .xlsx with number formats, in plain JavaScript: the same code runs in the renderer
 *   (Chromium, no Node) and on the court server.
 * - The `xlsx` package on npm stopped at 0.18.5 and carries CVE-2023-30533 (prototype pollution, fixed in
 *   0.19.3) and CVE-2024-22363 (ReDoS, fixed in 0.20.2). SheetJS publishes newer builds only on its own
 *   CDN; `@e965/xlsx` republishes them unmodified (its 0.20.3 carries `XLSX.version = '0.20.3'` and the
 *   0.20.2 "avoid slow regexes" rework). `@lokalise/xlsx@0.20.3` was also checked and rejected: its
 *   module reports version 0.20.1, i.e. without the ReDoS fix.
 * - exceljs (a devDependency used by tests) reads .xlsx only.
 * - Size: ~1 MB of ESM, ~486 KB minified (~158 KB gzip). The renderer loads it on demand (a dynamic import
 *   when a file is chosen or an export is asked for), not at start-up. The code-page tables (`cpexcel`,
 *   +470 KB) are not loaded: BIFF8 and OOXML store Unicode; only pre-1997 .xls would need them.
 */
import { CFB, read, SSF, utils, write, type CellObject, type WorkBook } from '@e965/xlsx';

export type { CellObject, WorkBook };

type CfbContainer = { FullPaths: string[] };

/** The stream paths of an OLE2 compound file (.xls, .et, an encrypted .xlsx, .doc); throws when damaged. */
export function compoundFilePaths(bytes: Uint8Array): string[] {
  // SheetJS writes its read cursor onto the array it is given, so it gets a view of its own.
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (CFB as { read: (d: Uint8Array, o: object) => CfbContainer }).read(view, { type: 'array' })
    .FullPaths;
}

/**
 * Reads a workbook into dense sheets of raw cells (values and number formats, no formatted text, no
 * formulas, no HTML), at most `maxRows` rows per sheet.
 */
export function readWorkbook(bytes: Uint8Array, maxRows: number): WorkBook {
  return read(bytes, {
    type: 'array',
    dense: true,
    cellNF: true,
    cellText: false,
    cellDates: false,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    bookVBA: false,
    sheetRows: maxRows,
  });
}

/** True when a number format shows a date or time (built-in ids and custom codes alike). */
export function isDateFormat(format: string | number | undefined): boolean {
  if (format === undefined) return false;
  return (SSF as { is_date: (f: string | number) => boolean }).is_date(format);
}

/** One cell to write: a string, or a number with its number format code. */
export type WriteCell = { t: 's'; v: string } | { t: 'n'; v: number; z?: string };

export type WriteSheet = {
  name: string;
  rows: readonly (readonly (WriteCell | null)[])[];
  merges: readonly { s: { r: number; c: number }; e: { r: number; c: number } }[];
  /** Column widths in characters. */
  widths: readonly number[];
};

/** Writes sheets as an .xlsx workbook (ZIP-compressed). */
export function writeXlsxBytes(sheets: readonly WriteSheet[]): Uint8Array {
  const book = utils.book_new();
  for (const s of sheets) {
    const ws = utils.aoa_to_sheet([], { dense: true });
    ws['!data'] = s.rows.map((row) => row.map((c) => (c === null ? undefined : { ...c })) as CellObject[]);
    const width = s.rows.reduce((n, r) => Math.max(n, r.length), 0);
    ws['!ref'] = utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: Math.max(0, s.rows.length - 1), c: Math.max(0, width - 1) },
    });
    ws['!merges'] = s.merges.map((m) => ({ s: { ...m.s }, e: { ...m.e } }));
    ws['!cols'] = s.widths.map((wch) => ({ wch }));
    utils.book_append_sheet(book, ws, s.name);
  }
  const out: unknown = write(book, { type: 'array', bookType: 'xlsx', compression: true });
  if (!(out instanceof ArrayBuffer)) throw new Error('the xlsx writer returned no bytes');
  return new Uint8Array(out);
}
