import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AttachmentDamagedError,
  AttachmentHashMismatchError,
  createAttachmentStore,
} from './attachmentStore';

let dir: string;
const bytes = new TextEncoder().encode('现场照片：一号车间数控车床铭牌');
const sha = createHash('sha256').update(bytes).digest('hex');

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fieldwrit-attachments-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createAttachmentStore', () => {
  it('writes the bytes under <root>/<sha[0..2]>/<sha> and reads them back', async () => {
    const store = createAttachmentStore(path.join(dir, 'attachments'));
    await store.write(sha, bytes);
    const file = path.join(dir, 'attachments', sha.slice(0, 2), sha);
    expect(new Uint8Array(await readFile(file))).toEqual(bytes);
    expect(await store.read(sha)).toEqual(bytes);
    // No temporary file is left beside it.
    expect(await readdir(path.dirname(file))).toEqual([sha]);
  });

  it('refuses bytes that do not hash to their name and writes nothing', async () => {
    const store = createAttachmentStore(dir);
    await expect(store.write('f'.repeat(64), bytes)).rejects.toBeInstanceOf(AttachmentHashMismatchError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a name that is not a SHA-256, so no path can be built from it', async () => {
    const store = createAttachmentStore(dir);
    await expect(store.write('../outside', bytes)).rejects.toBeInstanceOf(AttachmentHashMismatchError);
    await expect(store.read('../../etc/passwd')).rejects.toBeInstanceOf(AttachmentHashMismatchError);
  });

  it('stores the same content once, and concurrent writes of it all succeed', async () => {
    const store = createAttachmentStore(dir);
    await Promise.all([store.write(sha, bytes), store.write(sha, bytes), store.write(sha, bytes)]);
    await store.write(sha, bytes);
    expect(await readdir(path.join(dir, sha.slice(0, 2)))).toEqual([sha]);
    expect(await store.read(sha)).toEqual(bytes);
  });

  it('answers null for bytes it does not have', async () => {
    expect(await createAttachmentStore(dir).read(sha)).toBeNull();
  });

  it('reports a stored file whose content changed as damaged, and a rewrite repairs a truncated one', async () => {
    const store = createAttachmentStore(dir);
    await store.write(sha, bytes);
    const file = path.join(dir, sha.slice(0, 2), sha);
    await writeFile(file, bytes.subarray(0, 5));
    await expect(store.read(sha)).rejects.toBeInstanceOf(AttachmentDamagedError);
    await store.write(sha, bytes);
    expect(await store.read(sha)).toEqual(bytes);
  });
});

describe('createAttachmentStore, large files in chunks', () => {
  const big = Uint8Array.from({ length: 3 * 65_536 + 999 }, (_, i) => (i * 31 + (i >> 9)) & 0xff);
  const bigSha = createHash('sha256').update(big).digest('hex');
  const chunksOf = (b: Uint8Array, n: number) =>
    Array.from({ length: Math.ceil(b.length / n) }, (_, i) => b.subarray(i * n, (i + 1) * n));

  it('writes a file chunk by chunk, hashing as it goes, and reads ranges of it', async () => {
    const store = createAttachmentStore(dir);
    const writer = await store.beginWrite(bigSha, big.length);
    for (const chunk of chunksOf(big, 65_536)) await writer.append(chunk);
    await writer.finish();
    expect(await store.read(bigSha)).toEqual(big);
    expect(await readdir(path.join(dir, bigSha.slice(0, 2)))).toEqual([bigSha]);
    expect(await store.readRange(bigSha, 65_530, 20)).toEqual(big.slice(65_530, 65_550));
    expect(await store.readRange(bigSha, big.length - 3, 100)).toEqual(big.slice(-3));
    expect(await store.readRange('e'.repeat(64), 0, 10)).toBeNull();
  });

  it('keeps nothing of a file whose chunks do not hash to its name, are too many, or were abandoned', async () => {
    const store = createAttachmentStore(dir);
    const wrong = await store.beginWrite(bigSha, big.length);
    for (const chunk of chunksOf(big, 65_536)) await wrong.append(chunk.map((b) => b ^ 1));
    await expect(wrong.finish()).rejects.toBeInstanceOf(AttachmentHashMismatchError);
    const tooMany = await store.beginWrite(bigSha, 10);
    await expect(tooMany.append(big.subarray(0, 11))).rejects.toBeInstanceOf(AttachmentHashMismatchError);
    const abandoned = await store.beginWrite(bigSha, big.length);
    await abandoned.append(big.subarray(0, 100));
    await abandoned.abort();
    expect(await readdir(path.join(dir, bigSha.slice(0, 2)))).toEqual([]);
    expect(await store.read(bigSha)).toBeNull();
  });
});
