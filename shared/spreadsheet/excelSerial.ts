const DAY_MS = 86_400_000;

/**
 * A date serial as text a person would type: "2015-06-01", or "2015-06-01 08:30" with a time. The 1900
 * system counts 1900-01-01 as 1 and keeps Lotus 1-2-3's phantom 29 February 1900 (serial 60), so serials
 * from 61 on count from 1899-12-30; the 1904 system (old Mac workbooks) counts from 1904-01-01 as 0.
 */
export function serialToDateText(serial: number, is1904: boolean): string {
  let base: number;
  if (is1904) base = Date.UTC(1904, 0, 1);
  else if (serial >= 61) base = Date.UTC(1899, 11, 30);
  else base = Date.UTC(1899, 11, 31);
  // Round to the minute: serials carry binary fractions (0.5416666… for 13:00).
  const minutes = Math.round(serial * 1440);
  const iso = new Date(base + minutes * 60_000).toISOString();
  const day = iso.slice(0, 10);
  return minutes % 1440 === 0 ? day : `${day} ${iso.slice(11, 16)}`;
}

/**
 * The 1900-system serial of a calendar date ("2025-03-01"), optionally with a local time of day
 * ("2025-03-01 08:30" or "2025-03-01T08:30"): what a spreadsheet stores for a date cell. Computed from the
 * digits, never through the device's time zone. Null for text that is not such a date.
 */
export function dateTextToSerial(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  const minutes = m[4] === undefined ? 0 : Number(m[4]) * 60 + Number(m[5]);
  if (minutes >= 1440) return null;
  const days = (ms - Date.UTC(1899, 11, 30)) / DAY_MS;
  // Before 1 March 1900 the 1900 system is one day short (the phantom 29 February); no list goes back there.
  return days + minutes / 1440;
}

/**
 * A number as a spreadsheet shows it in General format: at most 15 significant digits, so 12345.670000000001
 * (a double written with 17 digits) reads as the 12345.67 the person typed.
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  return String(Number.parseFloat(value.toPrecision(15)));
}
