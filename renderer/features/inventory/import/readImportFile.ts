import type { Refusal, Spreadsheet } from '../../../../shared/spreadsheet/readSpreadsheet';
import { textDecode } from '../../../platform/textDecode';
import type { FileProblem, SheetSource } from './importWizard';

export type ReadImportFileResult =
  | { ok: true; sheets: SheetSource[]; sheetIndex: number }
  | { ok: false; code: `inventory.file.${Refusal['reason']}`; rowNumber?: number };

/**
 * Reads a chosen file into its sheets through the shared spreadsheet reader (.xlsx, .xls, WPS .et, .ods,
 * CSV / tab-separated text in any of the encodings lists come in), and picks the sheet to start from. The
 * reader and its library are loaded on demand, from the offline cache like every other file of the build
 * (see renderer/public/sw.js), so start-up does not pay for them.
 */
export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ReadImportFileResult> {
  const [{ readSpreadsheet }, { defaultSheetIndex }] = await Promise.all([
    import('../../../../shared/spreadsheet/readSpreadsheet'),
    import('../../../../shared/spreadsheet/defaultSheetIndex'),
  ]);
  const read = readSpreadsheet(bytes, fileName, { decode: textDecode });
  if (!read.ok) {
    const { reason, rowNumber } = read.refusal;
    return rowNumber === undefined
      ? { ok: false, code: `inventory.file.${reason}` }
      : { ok: false, code: `inventory.file.${reason}`, rowNumber };
  }
  const { spreadsheet } = read;
  const visible = spreadsheet.sheets.filter((s) => !s.isHidden);
  const offered = visible.length > 0 ? visible : spreadsheet.sheets;
  return {
    ok: true,
    sheets: offered.map((sheet) => ({
      fileName,
      kind: spreadsheet.format,
      sheetName: spreadsheet.format === 'csv' ? null : sheet.name,
      rows: sheet.rows,
      detail: detailOf(spreadsheet, sheet.name),
      problems: problemsOf(spreadsheet),
    })),
    sheetIndex: defaultSheetIndex(offered),
  };
}

/** What the person can check: the encoding of a text file, the sheet of a workbook. */
function detailOf(spreadsheet: Spreadsheet, sheetName: string): string {
  if (spreadsheet.text === null) return sheetName;
  return spreadsheet.text.encoding === 'gb18030' ? 'GBK' : spreadsheet.text.encoding.toUpperCase();
}

function problemsOf(spreadsheet: Spreadsheet): FileProblem[] {
  return spreadsheet.undecodableCount > 0
    ? [{ code: 'inventory.file.undecodableCharacters', count: spreadsheet.undecodableCount }]
    : [];
}
