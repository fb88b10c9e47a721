import { decodeText, type Decode, type TextEncodingName } from './decodeText';
import type { ImportCode } from './importMessages';
import { parseCsvText, type CsvDelimiter, type CsvProblem } from './parseCsvText';

export type ParsedCsv =
  | {
      ok: true;
      /** Every record of the file as cells (header row included); feed to `suggestMapping` / `applyMapping`. */
      rows: string[][];
      encoding: TextEncodingName;
      delimiter: CsvDelimiter;
      /** Problems in the file as a whole; the rows are still returned so nothing is lost. */
      problems: (CsvProblem | { code: Extract<ImportCode, 'import.undecodableCharacters'>; count: number })[];
    }
  | { ok: false; code: Extract<ImportCode, 'import.looksLikeXlsx' | 'import.looksLikeXls'> };

/**
 * Reads an enterprise's asset list saved as CSV (or Excel "Unicode text"): detects the encoding (UTF-8 with
 * or without BOM, UTF-16 with BOM, GB18030/GBK when the bytes are not valid UTF-8), decodes with the
 * injected `decode`, and splits records per RFC 4180 (see `parseCsvText`).
 */
export function parseCsv(bytes: Uint8Array, decode: Decode): ParsedCsv {
  const decoded = decodeText(bytes, decode);
  if (!decoded.ok) return decoded;
  const { rows, delimiter, problems } = parseCsvText(decoded.text);
  const all: Extract<ParsedCsv, { ok: true }>['problems'] = [...problems];
  if (decoded.replacementCount > 0) {
    all.push({ code: 'import.undecodableCharacters', count: decoded.replacementCount });
  }
  return { ok: true, rows, encoding: decoded.encoding, delimiter, problems: all };
}
