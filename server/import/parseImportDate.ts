/**
 * Reads a date as exported by spreadsheets and case systems — 2025-03-01, 2025/3/1, 2025.3.1, 2025年3月1日,
 * optionally followed by a time — into ISO `YYYY-MM-DD`. Null when it is not a real calendar date.
 */
export function parseImportDate(input: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(
    input.normalize('NFKC').trim(),
  );
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
