/** One entry of a ZIP package as its central directory lists it. */
export type ZipDirectoryEntry = {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** The first bytes of the entry's data as stored (compressed or not), for telling plain XML from cipher. */
  head: Uint8Array;
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries of a ZIP package, read from its central directory without decompressing anything: enough to
 * tell an .xlsx from an .ods, a Numbers or Word file, a password-protected ODF package, or a plain archive.
 * Reading the workbook itself is the library's work (`readWorkbook`). Throws on a truncated package.
 */
export function zipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === EOCD) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw new Error('zip: no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: ZipDirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new Error('zip: truncated');
    const method = view.getUint16(p + 10, true);
    const nameLength = view.getUint16(p + 28, true);
    const skip = nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    let name = '';
    for (let k = 0; k < nameLength; k++) name += String.fromCharCode(bytes[p + 46 + k]!);
    let head: Uint8Array = new Uint8Array(0);
    if (local + 30 <= bytes.length && view.getUint32(local, true) === LOCAL) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      head = bytes.subarray(start, Math.min(bytes.length, start + 512));
    }
    entries.push({ name, method, head });
    p += 46 + skip;
  }
  return entries;
}
