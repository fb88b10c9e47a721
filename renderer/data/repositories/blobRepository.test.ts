import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, type Repositories } from '../createRepositories';
import { createBlobRepository, type BlobRepository } from './blobRepository';
import { createDataKey, DATA_KEY_BYTES } from '../crypto/DataKey';
import { SEALED_BINARY_FIELD } from '../crypto/sealingPlan';
import { FieldWritDb, openDb } from '../db';
import { sha256Hex } from '../sha256Hex';

let db: FieldWritDb;
let repos: Repositories;
let blobs: BlobRepository;
// Small pieces, so a test crosses every boundary in little time (the app's are STORED_CHUNK_BYTES).
const STORED_CHUNK_BYTES = 1000;
// Two whole chunks and a short third.
const recording = Uint8Array.from(
  { length: 2 * STORED_CHUNK_BYTES + 345 },
  (_, i) => (i * 7 + (i >> 5)) & 0xff,
);
const readAt = async (offset: number, length: number) => recording.slice(offset, offset + length);

beforeEach(async () => {
  db = await openDb(`blobs-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  repos = createRepositories(db);
  blobs = createBlobRepository(db, STORED_CHUNK_BYTES);
});

describe('blobRepository, large files in chunks', () => {
  it('stores a recording chunk by chunk and gives it back as a Blob, by range and for upload', async () => {
    const sha = await sha256Hex(recording);
    const progress: number[] = [];
    await blobs.putChunked(sha, recording.length, readAt, (n) => progress.push(n));
    expect(progress).toEqual([STORED_CHUNK_BYTES, 2 * STORED_CHUNK_BYTES, recording.length]);
    expect(await db.table('blobChunks').count()).toBe(3);
    expect(await db.blobs.count()).toBe(0);
    expect(await blobs.size(sha)).toBe(recording.length);
    const blob = await blobs.openBlob(sha);
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(recording);
    // A range across the first boundary, and one running past the end.
    const at = STORED_CHUNK_BYTES - 10;
    expect(await blobs.readRange(sha, at, 30)).toEqual(recording.slice(at, at + 30));
    expect(await blobs.readRange(sha, recording.length - 5, 100)).toEqual(recording.slice(-5));
    // Stored again: nothing changes.
    await blobs.putChunked(sha, recording.length, readAt);
    expect(await db.table('blobChunks').count()).toBe(3);
  });

  it('keeps nothing usable of a file that changed after it was hashed, or whose reading broke off', async () => {
    const sha = await sha256Hex(recording);
    const changed = async (offset: number, length: number) => {
      const part = recording.slice(offset, offset + length);
      if (offset === 0) part[0] = part[0]! ^ 1;
      return part;
    };
    await expect(blobs.putChunked(sha, recording.length, changed)).rejects.toMatchObject({
      codes: ['attachment.hashMismatch'],
    });
    expect(await db.table('blobChunks').count()).toBe(0);
    const broken = async (offset: number, length: number) => {
      if (offset >= STORED_CHUNK_BYTES) throw new Error('the card was pulled out');
      return readAt(offset, length);
    };
    await expect(blobs.putChunked(sha, recording.length, broken)).rejects.toThrow('pulled out');
    expect(await blobs.has(sha)).toBe(false);
    expect(await blobs.openBlob(sha)).toBeNull();
    expect(await blobs.readRange(sha, 0, 10)).toBeNull();
  });

  it('offers a chunked recording for upload and reads its chunks back exactly', async () => {
    const sha = await sha256Hex(recording);
    await blobs.putChunked(sha, recording.length, readAt);
    // The upload queue reads with the app's own repository: the piece size is the one stored.
    expect((await repos.blobUploads.pendingUploads()).length).toBe(0);
    const read = await repos.blobUploads.read(sha, STORED_CHUNK_BYTES, STORED_CHUNK_BYTES);
    expect(read).toEqual(recording.slice(STORED_CHUNK_BYTES, 2 * STORED_CHUNK_BYTES));
  });
});

describe('blobRepository, chunks sealed at rest', () => {
  it('keeps every chunk of a recording sealed on disk, and refuses a chunk flipped there', async () => {
    const factory = new IDBFactory();
    const name = `sealed-chunks-${Math.random()}`;
    const key = crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES));
    const sealed = await openDb(name, {
      indexedDB: factory,
      IDBKeyRange,
      dataKey: createDataKey(key.slice()),
    });
    // Words a thief could search for, repeated through every chunk of the "recording".
    const words = new TextEncoder().encode('被执行人赵铁柱在现场陈述：设备已转移。');
    const spoken = Uint8Array.from(
      { length: 2 * STORED_CHUNK_BYTES + 345 },
      (_, i) => words[i % words.length]!,
    );
    const sha = await sha256Hex(spoken);
    const store = createBlobRepository(sealed, STORED_CHUNK_BYTES);
    await store.putChunked(sha, spoken.length, async (o, l) => spoken.slice(o, o + l));
    expect(new Uint8Array(await (await store.openBlob(sha))!.arrayBuffer())).toEqual(spoken);
    sealed.close();

    const raw = new FieldWritDb(name, { indexedDB: factory, IDBKeyRange });
    await raw.open();
    const rows = await raw.table('blobChunks').toArray();
    expect(rows).toHaveLength(3);
    const disk = rows
      .map((row) => JSON.stringify(row, (_, v) => (v instanceof Uint8Array ? [...v] : v)))
      .join();
    expect(disk).not.toContain('"index"');
    for (const row of rows as Record<string, unknown>[]) {
      const binaries = Object.values(row[SEALED_BINARY_FIELD] as Record<string, Uint8Array>);
      for (const b of binaries) expect(new TextDecoder().decode(b)).not.toContain('赵铁柱');
    }
    // One byte of the middle chunk flipped on disk: its bytes are refused, never handed out.
    const middle = rows[1] as Record<string, unknown>;
    const bytes = (middle[SEALED_BINARY_FIELD] as Record<string, Uint8Array>).bytes!;
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
    await raw.table('blobChunks').put(middle);
    raw.close();
    const reopened = await openDb(name, {
      indexedDB: factory,
      IDBKeyRange,
      dataKey: createDataKey(key.slice()),
    });
    await expect(createBlobRepository(reopened, STORED_CHUNK_BYTES).openBlob(sha)).rejects.toThrow();
  });
});
