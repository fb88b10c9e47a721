import type { Table } from 'dexie';
import { hashInChunks } from '../../../shared/media/hashInChunks';
import type { ReadAt } from '../../../shared/media/readMvhdCreationTime';
import { STORED_CHUNK_BYTES } from '../../../shared/sync/blobProtocol';
import type { FieldWritDb } from '../db';
import { InvalidDataError } from '../errors';
import { isQuotaError, StorageFullError } from '../errors';
import { sha256Hex } from '../sha256Hex';

/**
 * One piece of a large file (migration 0005): `index` counts from 0; `size` is the whole file's and
 * `chunkBytes` the size of every piece but the last (kept per blob, so a later build may change it).
 */
type BlobChunkRow = {
  key: string;
  sha256: string;
  index: number;
  size: number;
  chunkBytes: number;
  bytes: ArrayBuffer;
};

const chunkKey = (sha256: string, index: number) => `${sha256}:${String(index).padStart(8, '0')}`;

const asBuffer = (bytes: Uint8Array) => bytes.slice().buffer;

async function storing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}

/**
 * Attachment bytes in the browser build, content-addressed by SHA-256 (the desktop shell keeps photos as
 * files instead; large recordings are chunked here on both). Written once: storing bytes already present
 * is a no-op, so the same photo attached twice is kept once. Not synced through the outbox: blobs travel
 * by the resumable blob upload. Files up to WHOLE_BLOB_MAX_BYTES are one row of `blobs`; bigger ones are
 * rows of `blobChunks`, read and written one chunk at a time. `chunkBytes`: the piece size of new chunked
 * blobs (tests pass a small one; stored blobs are read with the size they were written with).
 */
export function createBlobRepository(db: FieldWritDb, chunkBytes = STORED_CHUNK_BYTES) {
  // Not declared on FieldWritDb: this repository is the only reader and writer of the table.
  const chunks = db.table('blobChunks') as Table<BlobChunkRow, string>;

  /** Size and piece size of a complete chunked blob; null when it is absent or some pieces are missing. */
  async function chunkedLayout(sha256: string): Promise<{ size: number; chunkBytes: number } | null> {
    const first = await chunks.get(chunkKey(sha256, 0));
    if (!first) return null;
    const stored = await chunks.where('sha256').equals(sha256).count();
    return stored === Math.ceil(first.size / first.chunkBytes) ? first : null;
  }

  async function wholeRow(sha256: string) {
    return db.blobs.get(sha256);
  }

  async function storedSize(sha256: string): Promise<number | null> {
    return (await wholeRow(sha256))?.size ?? (await chunkedLayout(sha256))?.size ?? null;
  }

  return {
    /**
     * Stores `bytes` under `sha256` after checking that they hash to it (a mislabelled blob would be found
     * under the wrong name forever). Resolves once the transaction is durable.
     */
    async put(sha256: string, bytes: Uint8Array): Promise<void> {
      // Hash before the transaction: IndexedDB commits a transaction that waits on anything else.
      if ((await sha256Hex(bytes)) !== sha256) throw new InvalidDataError(['attachment.hashMismatch']);
      const copy = asBuffer(bytes);
      await storing(() =>
        db.transaction('rw', db.blobs, async () => {
          if ((await db.blobs.where('sha256').equals(sha256).count()) > 0) return;
          await db.blobs.add({ sha256, bytes: copy, size: copy.byteLength });
        }),
      );
    },

    /**
     * Stores a large file under `sha256` in chunks, reading it through `readAt` one chunk at a time (a 4
     * GiB recording never sits in memory) and hashing it again as it goes. The last chunk is written only
     * once the whole file has hashed to `sha256`: a blob counts as stored when all its chunks are there,
     * so a file that changed since it was hashed, or a crash part-way, never leaves a complete wrong blob.
     */
    async putChunked(
      sha256: string,
      size: number,
      readAt: ReadAt,
      onProgress?: (bytesStored: number) => void,
    ): Promise<void> {
      if ((await storedSize(sha256)) !== null) return;
      const last = Math.ceil(size / chunkBytes) - 1;
      const held: { row: BlobChunkRow | null } = { row: null };
      const hash = await hashInChunks(readAt, size, chunkBytes, async (bytes, index) => {
        const row = { key: chunkKey(sha256, index), sha256, index, size, chunkBytes, bytes: asBuffer(bytes) };
        if (index === last) held.row = row;
        else await storing(() => chunks.put(row));
        onProgress?.(Math.min(size, (index + 1) * chunkBytes));
      });
      const lastRow = held.row;
      if (hash !== sha256 || lastRow === null) {
        await chunks.where('sha256').equals(sha256).delete();
        throw new InvalidDataError(['attachment.hashMismatch']);
      }
      await storing(() => chunks.put(lastRow));
    },

    /** The bytes stored whole under `sha256`, or null when this device does not have them whole. */
    async get(sha256: string): Promise<Uint8Array | null> {
      const row = await wholeRow(sha256);
      return row ? new Uint8Array(row.bytes) : null;
    },

    /**
     * The bytes under `sha256` as a Blob without a type (the caller gives it the sniffed one), whole or
     * built from its chunks — a Blob of Blobs, which Chromium keeps out of the page's heap (on disk when
     * large) — so a recording plays from its chunks; null when this device does not have it all.
     */
    async openBlob(sha256: string): Promise<Blob | null> {
      const row = await wholeRow(sha256);
      if (row) return new Blob([row.bytes]);
      if ((await chunkedLayout(sha256)) === null) return null;
      const pieces: Blob[] = [];
      // One chunk opened at a time: each is copied into its own Blob and its buffer let go.
      await chunks
        .where('sha256')
        .equals(sha256)
        .each((chunk) => void pieces.push(new Blob([chunk.bytes])));
      return new Blob(pieces);
    },

    /** `length` bytes from `offset` (fewer at the end), whole or chunked; null when not on this device. */
    async readRange(sha256: string, offset: number, length: number): Promise<Uint8Array | null> {
      const row = await wholeRow(sha256);
      if (row)
        return new Uint8Array(row.bytes, offset, Math.max(0, Math.min(length, row.size - offset))).slice();
      const layout = await chunkedLayout(sha256);
      if (layout === null) return null;
      const end = Math.min(layout.size, offset + length);
      const out = new Uint8Array(Math.max(0, end - offset));
      for (let at = offset; at < end;) {
        const index = Math.floor(at / layout.chunkBytes);
        const chunk = await chunks.get(chunkKey(sha256, index));
        if (!chunk) return null;
        const from = at - index * layout.chunkBytes;
        const piece = new Uint8Array(chunk.bytes, from, Math.min(chunk.bytes.byteLength - from, end - at));
        out.set(piece, at - offset);
        at += piece.byteLength;
      }
      return out;
    },

    /** The size of the blob stored under `sha256` (whole or chunked), or null when it is not all here. */
    size: storedSize,

    async has(sha256: string): Promise<boolean> {
      return (await storedSize(sha256)) !== null;
    },
  };
}

export type BlobRepository = ReturnType<typeof createBlobRepository>;
