import type { FieldWritDb } from '../db';
import { InvalidDataError } from '../errors';
import { isQuotaError, StorageFullError } from '../errors';
import { sha256Hex } from '../sha256Hex';

/**
 * Attachment bytes in the browser build, content-addressed by SHA-256 (the desktop shell keeps them as
 * files instead). Written once: storing bytes already present is a no-op, so the same photo attached
 * twice is kept once. Not synced through the outbox: blobs travel by the resumable blob upload.
 */
export function createBlobRepository(db: FieldWritDb) {
  return {
    /**
     * Stores `bytes` under `sha256` after checking that they hash to it (a mislabelled blob would be found
     * under the wrong name forever). Resolves once the transaction is durable.
     */
    async put(sha256: string, bytes: Uint8Array): Promise<void> {
      // Hash before the transaction: IndexedDB commits a transaction that waits on anything else.
      if ((await sha256Hex(bytes)) !== sha256) throw new InvalidDataError(['attachment.hashMismatch']);
      const copy = bytes.slice().buffer;
      try {
        await db.transaction('rw', db.blobs, async () => {
          if ((await db.blobs.where('sha256').equals(sha256).count()) > 0) return;
          await db.blobs.add({ sha256, bytes: copy, size: copy.byteLength });
        });
      } catch (error) {
        if (isQuotaError(error)) throw new StorageFullError(error);
        throw error;
      }
    },

    /** The bytes stored under `sha256`, or null when this device does not have them. */
    async get(sha256: string): Promise<Uint8Array | null> {
      const row = await db.blobs.get(sha256);
      return row ? new Uint8Array(row.bytes) : null;
    },

    async has(sha256: string): Promise<boolean> {
      return (await db.blobs.where('sha256').equals(sha256).count()) > 0;
    },
  };
}

export type BlobRepository = ReturnType<typeof createBlobRepository>;
