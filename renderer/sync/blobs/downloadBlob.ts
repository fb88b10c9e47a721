import type { CourtSession } from '../court/CourtConnection';
import { CourtHttpError } from '../court/CourtHttpError';
import { sha256Hex } from '../../data/sha256Hex';

/** A part of a blob: `length` bytes from `offset` (to the end when `length` is omitted). */
export type ByteRange = { offset: number; length?: number };

/** Bytes received, where they start in the blob, and the blob's full size and media type. */
export type DownloadedBlob = { bytes: Uint8Array; offset: number; totalSize: number; mediaType: string };

/** `bytes a-b/total` of a 206 answer. */
function parseContentRange(value: string | null): { start: number; total: number } | null {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(value ?? '');
  return match ? { start: Number(match[1]), total: Number(match[3]) } : null;
}

async function readBytes(response: Response): Promise<Uint8Array> {
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    // The connection dropped mid-body: ask again later (for a big file, from where this part ended).
    throw new CourtHttpError(0, null);
  }
}

/**
 * Downloads a blob, whole or a range of it. Resolves `null` when the server does not have it yet (its
 * record arrived first: the app shows a placeholder and tries again on a later sync). A whole download is
 * checked against its name — bytes that do not hash to `sha256` are refused (502) rather than shown as
 * evidence; a range cannot be checked on its own.
 */
export async function downloadBlob(
  session: CourtSession,
  sha256: string,
  range?: ByteRange,
  signal?: AbortSignal,
): Promise<DownloadedBlob | null> {
  const headers: Record<string, string> = {};
  if (range) {
    const last = range.length === undefined ? '' : String(range.offset + range.length - 1);
    headers.range = `bytes=${range.offset}-${last}`;
  }
  const response = await session.request(
    `/sync/v1/blobs/${sha256}`,
    { method: 'GET', headers, signal },
    [404],
  );
  if (response.status === 404) {
    await response.body?.cancel();
    return null;
  }
  const mediaType = response.headers.get('content-type') ?? 'application/octet-stream';
  const bytes = await readBytes(response);
  if (response.status === 206) {
    const contentRange = parseContentRange(response.headers.get('content-range'));
    if (!contentRange) throw new CourtHttpError(502, null);
    return { bytes, offset: contentRange.start, totalSize: contentRange.total, mediaType };
  }
  // 200: the whole blob (the server may ignore a range it does not support, so cut it here).
  if ((await sha256Hex(bytes)) !== sha256) throw new CourtHttpError(502, null);
  if (!range) return { bytes, offset: 0, totalSize: bytes.byteLength, mediaType };
  const end = range.length === undefined ? bytes.byteLength : range.offset + range.length;
  return {
    bytes: bytes.slice(range.offset, end),
    offset: range.offset,
    totalSize: bytes.byteLength,
    mediaType,
  };
}
