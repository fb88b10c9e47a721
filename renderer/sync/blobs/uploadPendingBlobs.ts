import type { CourtSession } from '../court/CourtConnection';
import { CourtHttpError } from '../court/CourtHttpError';
import type { BlobSource } from './BlobSource';
import { uploadBlob, type UploadBlobOptions } from './uploadBlob';

/** Progress of one run over the pending blobs, for the sync indicator ("photos: 3 of 7, 12 of 40 MB"). */
export type BlobUploadProgress = {
  blobsDone: number;
  blobsTotal: number;
  bytesDone: number;
  bytesTotal: number;
};

/** A blob the server refused for good this run (e.g. too large, or local bytes that do not match). */
export type FailedBlob = { sha256: string; error: CourtHttpError | Error };

export type UploadPendingBlobsResult = { uploaded: string[]; failed: FailedBlob[] };

/** Tuning passed through to every uploadBlob call (tests shorten the pauses). */
export type UploadTuning = Pick<UploadBlobOptions, 'chunkSize' | 'maxAttempts' | 'retryDelayMs' | 'signal'>;

/** Failures that would fail every other blob as well: stop the run and let the engine back off or sign in. */
function isRunWide(error: unknown): boolean {
  return error instanceof CourtHttpError && (error.isTransient || error.status === 401);
}

/**
 * Uploads every pending blob of `source` one after another and marks each uploaded once the server has it
 * (stored now, or already there). A blob refused for good is reported in `failed` and does not hold up the
 * others; a network or server outage rejects the whole run (nothing is lost: the next run resumes each
 * blob from the server's offset).
 */
export async function uploadPendingBlobs(
  source: BlobSource,
  session: CourtSession,
  onProgress?: (progress: BlobUploadProgress) => void,
  tuning: UploadTuning = {},
): Promise<UploadPendingBlobsResult> {
  const pending = await source.pendingUploads();
  const bytesTotal = pending.reduce((sum, blob) => sum + blob.size, 0);
  const result: UploadPendingBlobsResult = { uploaded: [], failed: [] };
  let bytesBefore = 0;
  const report = (blobsDone: number, bytesDone: number) =>
    onProgress?.({ blobsDone, blobsTotal: pending.length, bytesDone, bytesTotal });
  report(0, 0);
  for (const [index, blob] of pending.entries()) {
    try {
      await uploadBlob({
        session,
        ...tuning,
        ...blob,
        readChunk: (offset, length) => source.read(blob.sha256, offset, length),
        onProgress: (sent) => report(index, bytesBefore + sent),
      });
      await source.markUploaded(blob.sha256, blob.caseId);
      result.uploaded.push(blob.sha256);
    } catch (error) {
      if (isRunWide(error) || tuning.signal?.aborted) throw error;
      result.failed.push({
        sha256: blob.sha256,
        error: error instanceof Error ? error : new Error(String(error)),
      });
    }
    bytesBefore += blob.size;
    report(index + 1, bytesBefore);
  }
  return result;
}
