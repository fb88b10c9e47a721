import type { ZipDirectoryEntry } from './zipDirectory';

/** Why a file cannot be read as a spreadsheet; each has advice in the catalogs that fits it. */
export type RefusalReason =
  | 'empty'
  | 'tooLarge'
  | 'tooManyRows'
  | 'noData'
  | 'encrypted'
  | 'damaged'
  | 'oldExcel'
  | 'pdf'
  | 'image'
  | 'wordDocument'
  | 'presentation'
  | 'numbers'
  | 'markup'
  | 'archive'
  | 'notText'
  | 'unterminatedQuote';

export type ContainerKind = { format: 'xlsx' | 'xls' | 'ods' } | { refused: RefusalReason };

/**
 * What a compound file holds, from the names of its streams: an Excel 97–2003 workbook (which is also what
 * WPS writes as .et), an encrypted .xlsx (Office wraps those in a compound file), or a Word/PowerPoint file.
 */
export function classifyCompoundFile(paths: readonly string[]): ContainerKind {
  const names = new Set(paths.map((p) => p.replace(/^Root Entry\//, '').replace(/\/$/, '')));
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) return { refused: 'encrypted' };
  if (names.has('Workbook') || names.has('WORKBOOK')) return { format: 'xls' };
  // BIFF5 (Excel 5.0/95) keeps text in a code page; without the code-page tables Chinese would be garbled.
  if (names.has('Book')) return { refused: 'oldExcel' };
  if (names.has('WordDocument')) return { refused: 'wordDocument' };
  if (names.has('PowerPoint Document')) return { refused: 'presentation' };
  return { refused: 'damaged' };
}

/**
 * What a ZIP package holds, from its directory: an .xlsx, an .ods (unless password-protected: ODF stores
 * encrypted entries as cipher text, where a plain content.xml starts with "<"), or what it is instead.
 */
export function classifyZip(entries: readonly ZipDirectoryEntry[]): ContainerKind {
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (byName.has('xl/workbook.xml') || byName.has('xl/workbook.bin')) return { format: 'xlsx' };
  const mimetype = byName.get('mimetype');
  const mediaType = mimetype?.method === 0 ? latin1(mimetype.head).trim() : '';
  if (mediaType.startsWith('application/vnd.oasis.opendocument.')) {
    const content = byName.get('content.xml');
    if (content !== undefined && content.method === 0 && !startsWithXml(content.head))
      return { refused: 'encrypted' };
    if (mediaType.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return { format: 'ods' };
    if (mediaType.includes('presentation')) return { refused: 'presentation' };
    return { refused: 'wordDocument' };
  }
  if (entries.some((e) => e.name.endsWith('.iwa'))) return { refused: 'numbers' };
  if (byName.has('word/document.xml')) return { refused: 'wordDocument' };
  if (byName.has('ppt/presentation.xml')) return { refused: 'presentation' };
  return { refused: 'archive' };
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes.subarray(0, 128));
}

function startsWithXml(head: Uint8Array): boolean {
  const text = latin1(head)
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart();
  return text.startsWith('<');
}
