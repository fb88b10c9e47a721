const FORBIDDEN = '\\/:*?"<>|';

/**
 * A file name for an exported workbook from its parts ("查封清单", the case number, the date), joined by
 * "-", with the characters Windows and macOS refuse in file names replaced, and ".xlsx" added.
 */
export function xlsxFileName(...parts: readonly string[]): string {
  const name = parts
    .map((p) =>
      Array.from(p, (ch) => (ch < ' ' || FORBIDDEN.includes(ch) ? '_' : ch))
        .join('')
        .trim(),
    )
    .filter((p) => p !== '')
    .join('-');
  return `${name.slice(0, 150) || 'export'}.xlsx`;
}
