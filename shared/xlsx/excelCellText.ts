/**
 * Excel's built-in number formats that show dates or times: 14–22 everywhere, 27–36 and 50–58 in East Asian
 * locales (a Chinese Excel writes 年月日 dates with ids such as 31 and 57), 45–47 for times.
 */
const BUILT_IN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** True when a number format (built-in id, or a custom code when given) displays a date or time. */
export function isDateFormat(numFmtId: number, code: string | undefined): boolean {
  if (code === undefined) return BUILT_IN_DATE_IDS.has(numFmtId);
  // Literal text ("年" in quotes, \-escaped characters) and colour / condition brackets say nothing about
  // the value; [h] [mm] [ss] (elapsed time) do.
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[ymdhs]/i.test(bare);
}

/**
 * A date serial as text a person would type: "2015-06-01", or "2015-06-01 08:30" with a time. The 1900
 * system counts 1900-01-01 as 1 and keeps Lotus 1-2-3's phantom 29 February 1900 (serial 60), so serials
 * from 61 on count from 1899-12-30; the 1904 system (old Mac workbooks) counts from 1904-01-01 as 0.
 */
export function excelSerialToText(serial: number, is1904: boolean): string {
  let base: number;
  if (is1904) base = Date.UTC(1904, 0, 1);
  else if (serial >= 61) base = Date.UTC(1899, 11, 30);
  else base = Date.UTC(1899, 11, 31);
  // Round to the minute: serials carry binary fractions (0.5416666… for 13:00).
  const minutes = Math.round(serial * 1440);
  const date = new Date(base + minutes * 60_000);
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  return minutes % 1440 === 0 ? day : `${day} ${iso.slice(11, 16)}`;
}

/**
 * A numeric cell as text. Excel stores doubles with up to 17 significant digits ("12345.670000000001");
 * it shows 15, and so do we, so the import reads the amount the person saw in Excel.
 */
export function numberCellText(raw: string): string {
  const trimmed = raw.trim();
  if (/^-?\d+$/.test(trimmed)) return trimmed;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return trimmed;
  return String(Number.parseFloat(value.toPrecision(15)));
}

/** Decodes OOXML's `_xHHHH_` escapes (used for control characters such as a carriage return in a cell). */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
