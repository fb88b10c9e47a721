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
