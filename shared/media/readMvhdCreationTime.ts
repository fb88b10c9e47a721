/** Reads `length` bytes of a file from `offset` (fewer at its end): `File.slice` in the app, a buffer in tests. */
export type ReadAt = (offset: number, length: number) => Promise<Uint8Array>;

/** Seconds from 1904-01-01T00:00:00Z (the QuickTime epoch) to 1970-01-01T00:00:00Z. */
const QUICKTIME_EPOCH_OFFSET_S = 2_082_844_800;
/** The movie header sits in `moov`; a `moov` of more than this is damage (hours of video need a few MB). */
const MAX_MOOV_BYTES = 32 * 1024 * 1024;
/** Top-level boxes looked at before giving up (a real file has a handful: ftyp, moov, mdat, free…). */
const MAX_TOP_BOXES = 64;

type Box = { type: string; start: number; headerSize: number; size: number };

function fourCc(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + 4));
}

/** The box whose header is at `bytes[at]`, its size bounded by `end`; null when the header is damaged. */
function boxAt(bytes: Uint8Array, at: number, end: number): Box | null {
  if (at + 8 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let size = view.getUint32(at);
  let headerSize = 8;
  if (size === 1) {
    if (at + 16 > bytes.length) return null;
    size = Number(view.getBigUint64(at + 8));
    headerSize = 16;
  } else if (size === 0) size = end - at;
  if (size < headerSize) return null;
  return { type: fourCc(bytes, at + 4), start: at, headerSize, size };
}

/** The creation time in `mvhd` (a box's content from its version byte on), as epoch ms; null if unset. */
function mvhdTime(content: Uint8Array): number | null {
  const view = new DataView(content.buffer, content.byteOffset, content.byteLength);
  if (content.length < 12) return null;
  const version = content[0];
  const seconds =
    version === 1 && content.length >= 20
      ? Number(view.getBigUint64(4))
      : version === 0
        ? view.getUint32(4)
        : 0;
  // 0 is "not set" (many recorders); before 1990 is a clock that was never set.
  const ms = (seconds - QUICKTIME_EPOCH_OFFSET_S) * 1000;
  return seconds === 0 || ms < Date.UTC(1990, 0, 1) ? null : ms;
}

/**
 * When an MP4/MOV/M4A recording was made, from the creation time of its movie header (`moov/mvhd`), as
 * epoch ms; null when there is none, it is unset, or the boxes are damaged. Walks the top-level boxes by
 * their headers, so a `moov` written at the end of a 4 GiB body-cam file is found after a few small reads
 * and no more than the `moov` box is ever read. QuickTime times are UTC by the standard; some cameras
 * write local time instead, which nothing in the file tells apart.
 */
export async function readMvhdCreationTime(readAt: ReadAt, fileSize: number): Promise<number | null> {
  let at = 0;
  for (let i = 0; i < MAX_TOP_BOXES && at + 8 <= fileSize; i++) {
    const head = await readAt(at, 16);
    const box = boxAt(head, 0, fileSize - at);
    if (!box) return null;
    if (box.type === 'moov') {
      if (box.size > MAX_MOOV_BYTES) return null;
      const moov = await readAt(at + box.headerSize, box.size - box.headerSize);
      let inner = 0;
      while (inner + 8 <= moov.length) {
        const child = boxAt(moov, inner, moov.length);
        if (!child) return null;
        if (child.type === 'mvhd')
          return mvhdTime(moov.subarray(inner + child.headerSize, Math.min(moov.length, inner + child.size)));
        inner += child.size;
      }
      return null;
    }
    at += box.size;
  }
  return null;
}
