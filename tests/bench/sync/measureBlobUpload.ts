import { createHash, randomFillSync } from 'node:crypto';
import { uploadBlob } from '../../../renderer/sync/blobs/uploadBlob';
import { TestDevice } from '../../integration/server/support/TestDevice';
import { authStateOf, courtSessionFor } from '../../integration/sync/support/courtSessionFor';
import { round } from '../stats';
import type { BenchCourt } from './prepareBenchCourt';
import { overLoopback } from './overLoopback';

const MiB = 1024 * 1024;

export type BlobFigures = {
  photos: number;
  photoBytes: number;
  totalBytes: number;
  /**
   * The app's uploader (announce, chunks of DEFAULT_CHUNK_BYTES with their SHA-256, complete), one photo
   * after another.
   */
  uploadMiBPerSecond: number;
  /** Baseline: one plain PUT per photo to the trivial server; measured before and after, averaged. */
  rawPutMiBPerSecond: number;
  ratio: number;
};

async function rawPutAll(url: string, photos: readonly Uint8Array<ArrayBuffer>[]): Promise<number> {
  const t0 = performance.now();
  for (const photo of photos) {
    const response = await fetch(url, { method: 'PUT', body: photo });
    const { bytes } = (await response.json()) as { bytes: number };
    if (bytes !== photo.length) throw new Error(`raw sink received ${bytes} of ${photo.length} bytes`);
  }
  return performance.now() - t0;
}

/**
 * Photo upload benchmark: `totalMiB` of incompressible bytes (like JPEG) in photos of `photoMiB`, sent by
 * the app's own `uploadBlob` (renderer/sync/blobs, which runs on Node's fetch and Web Crypto), beside a
 * raw HTTP PUT of the same bytes to a trivial server in the same run. Hashes of whole photos are computed
 * beforehand: the app records them at capture.
 */
export async function measureBlobUpload(
  court: BenchCourt,
  rawSinkUrl: string,
  totalMiB = 200,
  photoMiB = 4,
): Promise<BlobFigures> {
  const device = await TestDevice.login(overLoopback(court.url), 'lead-a');
  const photos = Array.from({ length: totalMiB / photoMiB }, () =>
    randomFillSync(new Uint8Array(photoMiB * MiB)),
  );
  const hashes = photos.map((p) => createHash('sha256').update(p).digest('hex'));
  const totalBytes = photos.length * photoMiB * MiB;
  const { session } = await courtSessionFor(authStateOf(court.url, device.session), {
    fetchImpl: async (input, init) => {
      // A fresh login's token lasts 15 minutes, far longer than this stage.
      if (new URL(String(input)).pathname === '/auth/v1/refresh')
        throw new Error('token refused during the blob benchmark');
      return fetch(input, init);
    },
  });

  const rawBefore = await rawPutAll(`${rawSinkUrl}/photos`, photos);
  const t0 = performance.now();
  for (const [i, photo] of photos.entries()) {
    const outcome = await uploadBlob({
      session,
      sha256: hashes[i]!,
      size: photo.length,
      mediaType: 'image/jpeg',
      readChunk: async (offset, length) => photo.subarray(offset, offset + length),
    });
    if (outcome !== 'stored') throw new Error(`photo ${i} was not stored but ${outcome}`);
  }
  const uploadMs = performance.now() - t0;
  const rawAfter = await rawPutAll(`${rawSinkUrl}/photos`, photos);

  const mibPerSecond = (ms: number) => (totalBytes / MiB / ms) * 1000;
  const raw = mibPerSecond((rawBefore + rawAfter) / 2);
  return {
    photos: photos.length,
    photoBytes: photoMiB * MiB,
    totalBytes,
    uploadMiBPerSecond: round(mibPerSecond(uploadMs)),
    rawPutMiBPerSecond: round(raw),
    ratio: round(mibPerSecond(uploadMs) / raw),
  };
}
