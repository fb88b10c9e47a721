import { parseCsv } from '../../../../shared/inventoryImport/parseCsv';
import { readXlsxSheet } from '../../../../shared/xlsx/readXlsxSheet';
import { browserXlsxPlatform } from './browserXlsxPlatform';
import type { SheetSource } from './importWizard';

export type ReadImportFileResult = { ok: true; source: SheetSource } | { ok: false; code: string };

/** Files bigger than this are not asset lists (a 5,000-row list is well under 2 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * Reads a chosen file into rows: .xlsx through the workbook reader (a few KB, bundled with the app so it
 * works offline: the service worker keeps only the start-up files), anything else as CSV / tab-separated text with its encoding detected. A CSV
 * that turns out to be a workbook (a renamed file) is read as one.
 */
export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ReadImportFileResult> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, code: 'inventory.import.fileTooLarge' };
  if (bytes.byteLength === 0) return { ok: false, code: 'inventory.import.fileEmpty' };
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || /\.xlsx$/i.test(fileName)) {
    const sheet = await readXlsxSheet(bytes, browserXlsxPlatform);
    if (!sheet.ok) return sheet;
    return {
      ok: true,
      source: { fileName, kind: 'xlsx', rows: sheet.rows, detail: sheet.sheetName, problems: [] },
    };
  }
  const csv = parseCsv(bytes, (b, encoding) => new TextDecoder(encoding).decode(b));
  if (!csv.ok) return csv;
  return {
    ok: true,
    source: {
      fileName,
      kind: 'csv',
      rows: csv.rows,
      detail: csv.encoding === 'gb18030' ? 'GBK' : csv.encoding.toUpperCase(),
      problems: csv.problems.map((p) => ({
        code: p.code,
        ...('rowNumber' in p ? { rowNumber: p.rowNumber } : {}),
        ...('count' in p ? { count: p.count } : {}),
      })),
    },
  };
}
