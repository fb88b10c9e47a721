import {
  CHUNK_MEDIA_TYPE,
  CHUNK_SHA256_HEADER,
  DEFAULT_CHUNK_BYTES,
  MAX_CHUNK_BYTES,
  MIN_FALLBACK_CHUNK_BYTES,
  UPLOAD_OFFSET_HEADER,
  blobChunkResponseSchema,
  blobCompleteResponseSchema,
  blobCreateResponseSchema,
} from '../../../shared/sync/blobProtocol';
import { assert } from '../../../shared/util/assert';
import type { CourtSession } from '../court/CourtConnection';
import { CourtHttpError } from '../court/CourtHttpError';
import { readCourtJson } from '../court/readCourtJson';
import { sha256Hex } from '../../data/sha256Hex';

export type UploadBlobOptions = {
  /** The signed-in session the blob endpoints are called as (token, refresh, errors). */
  session: CourtSession;
  sha256: string;
  size: number;
  mediaType: string;
  /**
   * The case of the attachment the bytes are for: the server links them to it (answering `exists` only when
   * it already holds them for this case or from this user). Omitted only by callers without a case.
   */
  caseId?: string;
  /** Reads `length` bytes of the blob from `offset` (from IndexedDB or the shell's attachment folder). */
  readChunk: (offset: number, length: number) => Promise<Uint8Array>;
  /** Bytes per PATCH; at most MAX_CHUNK_BYTES (halved, down to 1 MiB, for a server that takes less). */
  chunkSize?: number;
  /** Bytes the server has confirmed so far, after every chunk (and once at the start, when resuming). */
  onProgress?: (bytesSent: number, size: number) => void;
  /** Failures in a row without progress before giving up; the sync engine retries later with backoff. */
  maxAttempts?: number;
  /** First pause after a failure, doubled after each further one. */
  retryDelayMs?: number;
  signal?: AbortSignal;
};

/** `exists`: the server already had these bytes (nothing sent); `stored`: uploaded and verified now. */
export type UploadOutcome = 'exists' | 'stored';

type NextStep = 'resume' | 'restart' | 'shrink' | 'fail';

/** After a failed step: ask the server where it is, start over, send smaller chunks, or give up. */
function nextStepAfter(error: unknown, hasUpload: boolean, chunkSize: number): NextStep {
  if (!(error instanceof CourtHttpError)) return 'fail';
  if (error.isTransient || error.status === 409) return 'resume';
  // Damaged on the way: the server stored nothing; send the same chunk again.
  if (error.status === 400 && error.problem?.code === 'blob.chunkChecksumMismatch') return 'resume';
  // A court server of an older build takes smaller chunks.
  if (error.status === 413 && error.problem?.code === 'blob.chunkTooLarge')
    return chunkSize > MIN_FALLBACK_CHUNK_BYTES ? 'shrink' : 'fail';
  // The upload was discarded (or expired): announce the blob again.
  if (error.status === 404 && hasUpload) return 'restart';
  return 'fail';
}

const pause = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/**
 * Uploads one content-addressed blob, resumably (docs/sync-protocol.md, "Blobs"). The blob is announced
 * first: if the server already has the bytes, nothing is sent. Otherwise chunks go up one at a time, each
 * with its SHA-256; after any failure (dropped connection, server restart, a chunk damaged in transit, an
 * offset the server disagrees with, a chunk bigger than an older server takes) the server is asked for its
 * offset and sending continues from there, so no more than the chunk in flight is ever sent twice. Resolves
 * once the server has checked the hash of the whole file and stored it; rejects with a CourtHttpError when
 * the server refuses for good (e.g. 422: the bytes read here do not hash to `sha256`) or after
 * `maxAttempts` failures in a row.
 */
export async function uploadBlob(options: UploadBlobOptions): Promise<UploadOutcome> {
  const { session, sha256, size, signal } = options;
  let chunkSize = options.chunkSize ?? DEFAULT_CHUNK_BYTES;
  assert(chunkSize > 0 && chunkSize <= MAX_CHUNK_BYTES, `chunk size ${chunkSize} out of range`);
  const maxAttempts = options.maxAttempts ?? 6;
  const retryDelayMs = options.retryDelayMs ?? 500;
  const report = (sent: number) => options.onProgress?.(sent, size);
  let uploadId: string | null = null;
  let failures = 0;

  const announce = async () => {
    const response = await session.request('/sync/v1/blobs', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sha256, size, mediaType: options.mediaType, caseId: options.caseId }),
      signal,
    });
    return readCourtJson(response, blobCreateResponseSchema);
  };
  const serverOffset = async (id: string) => {
    const response = await session.request(`/sync/v1/blobs/uploads/${id}`, { method: 'HEAD', signal });
    const offset = Number(response.headers.get(UPLOAD_OFFSET_HEADER));
    if (!Number.isSafeInteger(offset) || offset < 0 || offset > size) throw new CourtHttpError(502, null);
    return offset;
  };
  const sendChunk = async (id: string, offset: number, bytes: Uint8Array) => {
    const response = await session.request(`/sync/v1/blobs/uploads/${id}`, {
      method: 'PATCH',
      headers: {
        'content-type': CHUNK_MEDIA_TYPE,
        [UPLOAD_OFFSET_HEADER]: String(offset),
        [CHUNK_SHA256_HEADER]: await sha256Hex(bytes),
      },
      body: bytes,
      signal,
    });
    return (await readCourtJson(response, blobChunkResponseSchema)).offset;
  };
  const complete = async (id: string) => {
    const response = await session.request(`/sync/v1/blobs/uploads/${id}/complete`, {
      method: 'POST',
      signal,
    });
    await readCourtJson(response, blobCompleteResponseSchema);
  };

  for (;;) {
    try {
      let offset: number;
      if (uploadId === null) {
        const announced = await announce();
        if (announced.status === 'exists') {
          report(size);
          return 'exists';
        }
        uploadId = announced.uploadId;
        offset = announced.offset;
      } else {
        offset = await serverOffset(uploadId);
      }
      report(offset);
      while (offset < size) {
        const length = Math.min(chunkSize, size - offset);
        const bytes = await options.readChunk(offset, length);
        assert(
          bytes.byteLength === length,
          `read ${bytes.byteLength} bytes of ${sha256} at ${offset}, not ${length}`,
        );
        offset = await sendChunk(uploadId, offset, bytes);
        failures = 0;
        report(offset);
      }
      await complete(uploadId);
      return 'stored';
    } catch (error) {
      if (signal?.aborted) throw error;
      const step = nextStepAfter(error, uploadId !== null, chunkSize);
      if (step === 'shrink') {
        // Not a failure of the link: halve at once (4 MiB → 2 → 1) and go on from the server's offset.
        chunkSize = Math.max(MIN_FALLBACK_CHUNK_BYTES, Math.floor(chunkSize / 2));
        continue;
      }
      failures++;
      if (step === 'fail' || failures >= maxAttempts) throw error;
      if (step === 'restart') uploadId = null;
      await pause(retryDelayMs * 2 ** (failures - 1), signal);
    }
  }
}
