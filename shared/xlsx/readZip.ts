/** One file inside a ZIP archive, located through the central directory. */
export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused when read. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  isEncrypted: boolean;
};

export class ZipFormatError extends Error {
  constructor(readonly reason: 'notZip' | 'truncated' | 'unsupported' | 'encrypted') {
    super(`zip: ${reason}`);
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** 22-byte record plus the longest comment a ZIP can carry. */
const EOCD_SEARCH = 22 + 0xffff;

/**
 * Lists the entries of a ZIP archive from its central directory. The central directory, not the local
 * headers, is the authority: writers that stream (exceljs among them) put zero sizes in the local headers
 * and the real ones after the data. ZIP64 sizes and offsets are honoured, so a workbook written by a
 * library that always emits ZIP64 records reads like any other.
 */
export function readZip(bytes: Uint8Array, decodeUtf8: (bytes: Uint8Array) => string): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  let count = view.getUint16(eocd + 10, true);
  let dirOffset = view.getUint32(eocd + 16, true);
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) {
    const zip64 = safeNumber(view.getBigUint64(eocd - 20 + 8, true));
    if (zip64 + 56 > view.byteLength || view.getUint32(zip64, true) !== ZIP64_EOCD_SIGNATURE) {
      throw new ZipFormatError('truncated');
    }
    count = safeNumber(view.getBigUint64(zip64 + 32, true));
    dirOffset = safeNumber(view.getBigUint64(zip64 + 48, true));
  }
  const entries = new Map<string, ZipEntry>();
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError('truncated');
    }
    const flags = view.getUint16(p + 8, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const entry: ZipEntry = {
      name: decodeUtf8(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
      isEncrypted: (flags & 1) === 1,
    };
    applyZip64Extra(view, p + 46 + nameLength, extraLength, entry);
    entries.set(entry.name, entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one entry, inflated by the platform's raw-deflate decoder (shared/ has none of its own). */
export async function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  inflateRaw: (data: Uint8Array) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  if (entry.isEncrypted) throw new ZipFormatError('encrypted');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError('truncated');
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw new ZipFormatError('truncated');
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipFormatError('unsupported');
  try {
    return await inflateRaw(data);
  } catch {
    throw new ZipFormatError('truncated');
  }
}

function findEocd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - EOCD_SEARCH);
  for (let p = view.byteLength - 22; p >= stop; p--) {
    if (view.getUint32(p, true) === EOCD_SIGNATURE) return p;
  }
  throw new ZipFormatError('notZip');
}

/** Replaces 0xFFFFFFFF placeholders with the 64-bit values of the ZIP64 extra field (header id 1). */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  let p = start;
  const end = start + length;
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const next = () => {
        const value = safeNumber(view.getBigUint64(q, true));
        q += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    p += 4 + size;
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('unsupported');
  return Number(value);
}
