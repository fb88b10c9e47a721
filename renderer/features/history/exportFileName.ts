/**
 * The file name of a case's history export: `history-<case number>-<UTC time>.json`, with characters that
 * some file systems refuse (and spaces) replaced, so the same name works on Windows and in a browser.
 */
export function exportFileName(caseNumber: string, exportedAt: string): string {
  const safe = caseNumber.replace(/[\\/:*?"<>|\s]+/g, '_');
  const stamp = exportedAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `history-${safe}-${stamp}Z.json`;
}
