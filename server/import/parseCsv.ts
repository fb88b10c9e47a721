/** One record of a CSV file with the line it starts on (1-based), for error reports. */
export type CsvRecord = { line: number; fields: string[] };

export type CsvResult =
  { ok: true; records: CsvRecord[] } | { ok: false; code: 'import.badQuotes'; line: number };

/**
 * RFC 4180 CSV: fields separated by `delimiter`, records by CRLF, LF or CR; a quoted field may hold the
 * delimiter, line breaks and doubled quotes (""). Spaces are kept as they are. Blank lines are skipped.
 * With no delimiter given, a header line holding tabs but no commas is read as tab-separated.
 */
export function parseCsv(text: string, delimiter?: ',' | '\t' | ';'): CsvResult {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const sep = delimiter ?? (firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',');
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let isQuoted = false;
  let quoteLine = 0;
  let isFieldStart = true;

  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    isFieldStart = true;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (isQuoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          isQuoted = false;
        }
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && isFieldStart) {
      isQuoted = true;
      quoteLine = line;
      isFieldStart = false;
    } else if (ch === sep) {
      fields.push(field);
      field = '';
      isFieldStart = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      // A quote in the middle of an unquoted field is kept literally (lenient, as spreadsheet exports are).
      field += ch;
      isFieldStart = false;
    }
  }
  if (isQuoted) return { ok: false, code: 'import.badQuotes', line: quoteLine };
  if (field !== '' || fields.length > 0) endRecord();
  return { ok: true, records };
}
