/** How much of a JPEG `readExifDateTime` needs: EXIF sits in the APP1 segment right after the start. */
export const EXIF_SCAN_BYTES = 64 * 1024;

const TAG_EXIF_IFD = 0x8769;
const TAG_DATE_TIME_ORIGINAL = 0x9003;
const TAG_OFFSET_TIME_ORIGINAL = 0x9011;
const TYPE_ASCII = 2;

/** When a photo was taken, as its camera recorded it: local wall-clock time, and its UTC offset if written. */
export type ExifDateTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC from OffsetTimeOriginal (EXIF 2.31); null when the camera wrote none. */
  offsetMinutes: number | null;
};

type Tiff = { view: DataView; start: number; little: boolean };

function u16(t: Tiff, at: number): number | null {
  return at >= 0 && at + 2 <= t.view.byteLength ? t.view.getUint16(at, t.little) : null;
}
function u32(t: Tiff, at: number): number | null {
  return at >= 0 && at + 4 <= t.view.byteLength ? t.view.getUint32(at, t.little) : null;
}

/** The entries of the IFD at `offset` (relative to the TIFF header), as tag → absolute entry position. */
function readIfd(t: Tiff, offset: number): Map<number, number> {
  const entries = new Map<number, number>();
  const at = t.start + offset;
  const count = u16(t, at);
  // A real IFD has a few dozen entries; a huge count is damage, not a reason to loop for long.
  if (count === null || count > 1000) return entries;
  for (let i = 0; i < count; i++) {
    const entry = at + 2 + i * 12;
    const tag = u16(t, entry);
    if (tag === null || entry + 12 > t.view.byteLength) break;
    entries.set(tag, entry);
  }
  return entries;
}

function asciiValue(t: Tiff, entry: number): string | null {
  if (u16(t, entry + 2) !== TYPE_ASCII) return null;
  const count = u32(t, entry + 4);
  if (count === null || count > 64) return null;
  const at = count <= 4 ? entry + 8 : t.start + (u32(t, entry + 8) ?? -t.start - 1);
  if (at < 0 || at + count > t.view.byteLength) return null;
  let text = '';
  for (let i = 0; i < count; i++) {
    const c = t.view.getUint8(at + i);
    if (c === 0) break;
    text += String.fromCharCode(c);
  }
  return text;
}

function parseDateTime(text: string, offset: string | null): ExifDateTime | null {
  const m = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // "0000:00:00 00:00:00" is what cameras write when their clock was never set.
  if (
    year < 1970 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31 ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return null;
  const o = offset === null ? null : /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  const offsetMinutes = o ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) : null;
  return { year, month, day, hour, minute, second, offsetMinutes };
}

/** The TIFF structure inside an APP1 "Exif" segment starting at `at` (after the marker and length). */
function tiffAt(bytes: Uint8Array, at: number): Tiff | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (at + 14 > bytes.length) return null;
  const header = String.fromCharCode(...bytes.subarray(at, at + 6));
  if (header !== 'Exif\0\0') return null;
  const start = at + 6;
  const order = String.fromCharCode(bytes[start]!, bytes[start + 1]!);
  if (order !== 'II' && order !== 'MM') return null;
  const t = { view, start, little: order === 'II' };
  return u16(t, start + 2) === 42 ? t : null;
}

/**
 * The EXIF DateTimeOriginal of a JPEG (the moment the shutter was pressed), read from its leading bytes
 * (`EXIF_SCAN_BYTES` is enough), or null when the photo has none or its EXIF is damaged. Every offset is
 * checked against the bytes: a photo is hostile input like any other.
 */
export function readExifDateTime(bytes: Uint8Array): ExifDateTime | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    // Start of scan or end of image: the metadata segments are over.
    if (marker === 0xda || marker === 0xd9) return null;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < 2) return null;
    if (marker === 0xe1) {
      const tiff = tiffAt(bytes, at + 4);
      if (tiff) {
        const ifd0 = readIfd(tiff, u32(tiff, tiff.start + 4) ?? -1);
        const pointer = ifd0.get(TAG_EXIF_IFD);
        const exifOffset = pointer === undefined ? null : u32(tiff, pointer + 8);
        if (exifOffset === null) return null;
        const exif = readIfd(tiff, exifOffset);
        const original = exif.get(TAG_DATE_TIME_ORIGINAL);
        const offset = exif.get(TAG_OFFSET_TIME_ORIGINAL);
        const text = original === undefined ? null : asciiValue(tiff, original);
        if (text === null) return null;
        return parseDateTime(text, offset === undefined ? null : asciiValue(tiff, offset));
      }
    }
    at += 2 + length;
  }
  return null;
}
