/** Field separators seen in the wild: comma (CSV), tab (Excel "Unicode text"), semicolon (European locales). */
export type CsvDelimiter = ',' | '\t' | ';';

export type CsvRows =
  | { ok: true; rows: string[][]; delimiter: CsvDelimiter }
  /** A quote opened in record `rowNumber` (1-based) is never closed: the rest of the file would be one cell. */
  | { ok: false; code: 'unterminatedQuote'; rowNumber: number };

/**
 * The one CSV reader of the app and the court server. Splits CSV text into records per RFC 4180: quoted fields with doubled quotes (`""`) inside, delimiters and
 * line breaks inside quotes, CRLF, LF or a lone CR between records. Every record is kept, blank ones
 * included, so row numbers match what a spreadsheet shows (record n = row n; a line break inside a quoted
 * cell does not start a row). A final line break does not make an extra record. Lenient where files break
 * the RFC the way spreadsheets do: a quote inside an unquoted field is a literal quote, and text after a
 * closing quote is appended. Not lenient about an unterminated quote: everything after it would land in
 * one cell and rows would silently go missing, so the file is refused with the record where it opened.
 * The delimiter is detected from the first record unless given.
 */
export function parseCsvText(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): CsvRows {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteStartRow = 0;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  while (i < n) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      // Line breaks inside a cell are kept, normalised to \n so a CRLF file and an LF file read the same.
      if (ch === '\r') {
        field += '\n';
        i += text[i + 1] === '\n' ? 2 : 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      inQuotes = true;
      quoteStartRow = rows.length + 1;
      i += 1;
      continue;
    }
    if (ch === delimiter) {
      row.push(field);
      field = '';
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    i += 1;
  }
  if (inQuotes) return { ok: false, code: 'unterminatedQuote', rowNumber: quoteStartRow };
  // Text after the last line break is a record; a trailing line break alone is not.
  if (field !== '' || row.length > 0) endRecord();
  return { ok: true, rows, delimiter };
}

/**
 * Picks the delimiter that occurs most often outside quotes in the first record; comma on a tie or when
 * none occurs (a one-column file).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, '\t': 0, ';': 0 };
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && (ch === ',' || ch === '\t' || ch === ';')) counts[ch] += 1;
  }
  let best: CsvDelimiter = ',';
  for (const d of ['\t', ';'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}
