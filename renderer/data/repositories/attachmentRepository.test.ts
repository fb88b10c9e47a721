import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeIncident } from '../../../shared/visits/testing/makeIncident';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { createRepositories, type Repositories } from '../createRepositories';
import { openDb } from '../db';
import { InvalidDataError } from '../errors';
import { makeCase } from '../testing/makeCase';
import { attachmentSchema, type Attachment } from '../../../shared/visits/attachment';
import { sha256Hex } from '../sha256Hex';

const ctx = { userId: 'officer-1', deviceId: 'device-1' };
let repos: Repositories;
const bytes = new TextEncoder().encode('photo bytes of the sealed lathe');

beforeEach(async () => {
  repos = createRepositories(
    await openDb(`attachments-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await repos.cases.putReceived([makeCase(1)], null);
  await repos.visits.create(ctx, makeVisit({ id: 'v1', caseId: 'case-1' }));
});

async function attachment(overrides: Partial<Attachment> = {}): Promise<Attachment> {
  return {
    id: 'a1',
    caseId: 'case-1',
    visitId: 'v1',
    entity: 'visit',
    entityId: 'v1',
    sha256: await sha256Hex(bytes),
    size: bytes.length,
    mediaType: 'image/png',
    fileName: 'lathe.png',
    capturedAt: '2025-06-03T10:00:00+08:00',
    thumbnail: 'data:image/jpeg;base64,AAAA',
    ...overrides,
  };
}

describe('blobRepository', () => {
  it('computes the SHA-256 of known bytes', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('stores bytes under their hash once, and refuses bytes that do not match the name', async () => {
    const sha = await sha256Hex(bytes);
    await repos.blobs.put(sha, bytes);
    await repos.blobs.put(sha, bytes);
    expect(await repos.blobs.get(sha)).toEqual(bytes);
    expect(await repos.blobs.has(sha)).toBe(true);
    await expect(repos.blobs.put('0'.repeat(64), bytes)).rejects.toMatchObject({
      codes: ['attachment.hashMismatch'],
    });
    expect(await repos.blobs.get('0'.repeat(64))).toBeNull();
  });
});

describe('attachmentRepository', () => {
  it('records the metadata with a create mutation and lists it on the visit', async () => {
    await repos.attachments.add(ctx, await attachment());
    expect(await repos.attachments.listForVisit('v1')).toEqual([await attachment()]);
    const m = (await repos.outbox.forEntity('a1'))[0]!;
    expect(m).toMatchObject({ op: 'create', entity: 'attachment', caseId: 'case-1' });
    expect(m.changes.sha256).toEqual({ from: null, to: await sha256Hex(bytes) });
  });

  it('links to an incident of the same visit, and refuses a link to something that is not there', async () => {
    await repos.incidents.create(ctx, makeIncident({ id: 'i1', caseId: 'case-1', visitId: 'v1' }));
    await repos.attachments.add(ctx, await attachment({ id: 'a2', entity: 'incident', entityId: 'i1' }));
    await expect(
      repos.attachments.add(ctx, await attachment({ id: 'a3', entity: 'asset', entityId: 'nothing' })),
    ).rejects.toMatchObject({ codes: ['attachment.targetNotFound'] });
    expect((await repos.attachments.listForVisit('v1')).map((a) => a.id)).toEqual(['a2']);
  });

  it('refuses a malformed hash as invalid data naming the hash rule alone, and stores nothing', async () => {
    // The codes parseOrThrow gives are the schema's messages: those of the sha256 rule, and no other field's.
    const hashRule = attachmentSchema.shape.sha256.safeParse('abc').error?.issues.map((i) => i.message);
    expect(hashRule).toHaveLength(1);
    const refusal = repos.attachments.add(ctx, await attachment({ sha256: 'abc' }));
    await expect(refusal).rejects.toBeInstanceOf(InvalidDataError);
    await expect(refusal).rejects.toMatchObject({ codes: hashRule });
    expect(await repos.attachments.listForVisit('v1')).toEqual([]);
    expect(await repos.outbox.forEntity('a1')).toEqual([]);
  });
});
