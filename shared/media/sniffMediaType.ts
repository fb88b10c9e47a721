import type { AttachmentMediaType } from './attachmentMediaTypes';

/** How many leading bytes `sniffMediaType` reads: enough for every signature below. */
export const SNIFF_BYTES = 64;

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  let text = '';
  for (let i = at; i < Math.min(bytes.length, at + length); i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** ISO base media (MP4, MOV, M4A, HEIC): the `ftyp` box's major brand decides. */
function isoBrand(bytes: Uint8Array): AttachmentMediaType | null {
  if (ascii(bytes, 4, 4) !== 'ftyp') return null;
  const brand = ascii(bytes, 8, 4);
  if (brand === 'qt  ') return 'video/quicktime';
  if (brand === 'M4A ' || brand === 'M4B ') return 'audio/mp4';
  if (['heic', 'heix', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'image/heic';
  return 'video/mp4';
}

/**
 * The media type the file's own leading bytes show, or null when they match no allowed format. Zip and OLE
 * containers (Office, OFD) cannot be told apart by their first bytes: the caller keeps the declared type
 * when it is one of that container's types (see `checkAttachmentBytes`).
 */
export function sniffMediaType(bytes: Uint8Array): AttachmentMediaType | 'zip' | 'ole' | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF') {
    const form = ascii(bytes, 8, 4);
    if (form === 'WEBP') return 'image/webp';
    if (form === 'WAVE') return 'audio/wav';
    if (form === 'AVI ') return 'video/x-msvideo';
    return null;
  }
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (ascii(bytes, 0, 6) === '#!AMR\n' || ascii(bytes, 0, 9) === '#!AMR-WB\n') return 'audio/amr';
  if (ascii(bytes, 0, 4) === 'OggS') return 'audio/ogg';
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'video/webm';
  if (ascii(bytes, 0, 3) === 'ID3') return 'audio/mpeg';
  // ADTS AAC (sync word, layer 0) before MPEG audio frames (sync word, layer ≠ 0).
  if (bytes.length >= 2 && bytes[0] === 0xff && (bytes[1]! & 0xf6) === 0xf0) return 'audio/aac';
  if (bytes.length >= 2 && bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0) return 'audio/mpeg';
  const iso = isoBrand(bytes);
  if (iso) return iso;
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return 'ole';
  return null;
}
