import type { FieldWritDb } from '../db';
import { createBlobRepository } from './blobRepository';

// Per case: the court server keeps bytes per case they were given to (blobs by right, issue 12), so a
// confirmation for one case says nothing of another. Older confirmations (by hash alone) are offered once
// more: the server answers `exists` for what it already linked, and the bytes are sent only where needed.
const uploadedKey = (sha256: string, caseId: string) => `blobUploaded:${sha256}:${caseId}`;

/**
 * The upload queue for attachment bytes: every hash named by a local attachment whose bytes are on this
 * device and that the court server has not confirmed yet for the attachment's case. Confirmation is kept durably (meta), so a blob is
 * never offered twice; the server de-duplicates by hash anyway.
 */
export function createBlobUploadRepository(db: FieldWritDb) {
  // Whole photos and chunked recordings alike (issue 11).
  const blobs = createBlobRepository(db);
  return {
    async pendingUploads(): Promise<{ sha256: string; size: number; mediaType: string; caseId: string }[]> {
      const attachments = (await db.attachments.toArray()).sort((a, b) =>
        a.capturedAt.localeCompare(b.capturedAt),
      );
      const out = new Map<string, { sha256: string; size: number; mediaType: string; caseId: string }>();
      for (const a of attachments) {
        const key = uploadedKey(a.sha256, a.caseId);
        if (out.has(key) || (await db.meta.get(key))?.value === true) continue;
        if (!(await blobs.has(a.sha256))) continue;
        out.set(key, {
          caseId: a.caseId,
          sha256: a.sha256,
          size: a.size,
          mediaType: a.mediaType.replace(/[^\x20-\x7e]/g, '') || 'application/octet-stream',
        });
      }
      return [...out.values()];
    },
    async read(sha256: string, offset: number, length: number): Promise<Uint8Array> {
      const bytes = await blobs.readRange(sha256, offset, length);
      if (!bytes) throw new Error(`blob ${sha256} is not on this device`);
      return bytes;
    },
    async markUploaded(sha256: string, caseId: string): Promise<void> {
      await db.meta.put({ key: uploadedKey(sha256, caseId), value: true });
    },
    async countPending(): Promise<number> {
      return (await this.pendingUploads()).length;
    },
  };
}

export type BlobUploadRepository = ReturnType<typeof createBlobUploadRepository>;
