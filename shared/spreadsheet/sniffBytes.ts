/** What the first bytes of a file say it is, before any parsing. */
export type Sniffed =
  'empty' | 'zip' | 'compoundFile' | 'pdf' | 'image' | 'archive' | 'richText' | 'markup' | 'text';

const starts = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

const SIGNATURES: readonly { kind: Sniffed; bytes: readonly number[]; at?: number }[] = [
  // ZIP local file header: .xlsx, .ods, .numbers, .docx, or a plain archive.
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  // OLE2 compound file: .xls, WPS .et, an encrypted .xlsx, .doc, .ppt.
  { kind: 'compoundFile', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'pdf', bytes: ascii('%PDF') },
  { kind: 'image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'image', bytes: ascii('GIF8') },
  { kind: 'image', bytes: ascii('II*\0') },
  { kind: 'image', bytes: ascii('MM\0*') },
  { kind: 'image', bytes: ascii('ftypheic'), at: 4 },
  { kind: 'image', bytes: ascii('WEBP'), at: 8 },
  { kind: 'archive', bytes: ascii('Rar!') },
  { kind: 'archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'archive', bytes: [0x1f, 0x8b] },
  { kind: 'richText', bytes: ascii('{\\rtf') },
];

/**
 * Sorts a file by its signature: containers that may hold a workbook, documents that are certainly not
 * spreadsheets (so the person can be told what to do with them), and text. The name's extension is not
 * trusted — a renamed .xlsx is still read as a workbook — only the bytes are.
 */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  for (const s of SIGNATURES) if (starts(bytes, s.bytes, s.at)) return s.kind;
  return startsWithMarkup(bytes) ? 'markup' : 'text';
}

/**
 * HTML or XML ("<html", "<table", "<?xml"), after an optional UTF-8 BOM and white space: web pages that case
 * systems save under an .xls name, and the Excel 2003 XML format. Their cells are HTML, never CSV.
 */
function startsWithMarkup(bytes: Uint8Array): boolean {
  let i = starts(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && i < 1024 && (bytes[i] === 0x20 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++;
  if (bytes[i] !== 0x3c) return false;
  const head = String.fromCharCode(...bytes.subarray(i, i + 64)).toLowerCase();
  return /^<(?:!doctype|html|table|\?xml|head|body|meta|!--)/.test(head);
}
