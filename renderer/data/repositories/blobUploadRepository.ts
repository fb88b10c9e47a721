import type { FieldWritDb } from '../db';

const uploadedKey = (sha256: string) => `blobUploaded:${sha256}`;

/**
 * The upload queue for attachment bytes: every hash named by a local attachment whose bytes are on this
 * device and that the court server has not confirmed yet. Confirmation is kept durably (meta), so a blob is
 * never offered twice; the server de-duplicates by hash anyway.
 */
export function createBlobUploadRepository(db: FieldWritDb) {
  return {
    async pendingUploads(): Promise<{ sha256: string; size: number; mediaType: string }[]> {
      const attachments = (await db.attachments.toArray()).sort((a, b) =>
        a.capturedAt.localeCompare(b.capturedAt),
      );
      const out = new Map<string, { sha256: string; size: number; mediaType: string }>();
      for (const a of attachments) {
        if (out.has(a.sha256) || (await db.meta.get(uploadedKey(a.sha256)))?.value === true) continue;
        if ((await db.blobs.where('sha256').equals(a.sha256).count()) === 0) continue;
        out.set(a.sha256, {
          sha256: a.sha256,
          size: a.size,
          mediaType: a.mediaType.replace(/[^\x20-\x7e]/g, '') || 'application/octet-stream',
        });
      }
      return [...out.values()];
    },
    async read(sha256: string, offset: number, length: number): Promise<Uint8Array> {
      const row = await db.blobs.get(sha256);
      if (!row) throw new Error(`blob ${sha256} is not on this device`);
      return new Uint8Array(row.bytes, offset, Math.max(0, Math.min(length, row.size - offset))).slice();
    },
    async markUploaded(sha256: string): Promise<void> {
      await db.meta.put({ key: uploadedKey(sha256), value: true });
    },
    async countPending(): Promise<number> {
      return (await this.pendingUploads()).length;
    },
  };
}

export type BlobUploadRepository = ReturnType<typeof createBlobUploadRepository>;
