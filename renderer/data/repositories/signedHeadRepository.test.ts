import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Json } from '../../../shared/sync/mutation';
import type { PullResponse, RecordChange } from '../../../shared/sync/protocol';
import { pullResponseSchema } from '../../../shared/sync/protocol';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { createRepositories, type Repositories } from '../createRepositories';
import { openDb } from '../db';
import { makeCase } from '../testing/makeCase';

let repos: Repositories;

beforeEach(async () => {
  repos = createRepositories(
    await openDb(`heads-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
});

const head = (version: number, c: string) => ({
  version,
  hash: c.repeat(64),
  keyId: 'k1',
  signature: 'c2lnbg==',
});

function change(
  entity: RecordChange['entity'],
  data: { id: string; caseId?: string },
  version: number,
  h?: string,
) {
  return {
    entity,
    entityId: data.id,
    caseId: data.caseId ?? data.id,
    version,
    commitSeq: version,
    data: data as unknown as Record<string, Json>,
    fieldSeq: {},
    deletedAt: null,
    deletedReason: null,
    ...(h ? { head: head(version, h) } : {}),
  } satisfies RecordChange;
}

const page = (changes: RecordChange[], cursor: number): PullResponse => ({
  cursor,
  hasMore: false,
  changes,
  conflicts: [],
  revoked: [],
  lastProcessedClientSeq: 0,
});

describe('signed heads kept by the device', () => {
  it('keeps the head of the latest version received, for cases and records inside them', async () => {
    const c = makeCase(1);
    const visit = makeVisit({ caseId: c.id });
    await repos.sync.applyPullPage(page([change('case', c, 1, 'a'), change('visit', visit, 1, 'b')], 1));
    await repos.sync.applyPullPage(page([change('visit', visit, 2, 'c')], 2));
    expect(await repos.signedHeads.heldHead('case', c.id)).toEqual(head(1, 'a'));
    expect(await repos.signedHeads.heldHead('visit', visit.id)).toEqual(head(2, 'c'));
  });

  it('holds none for a record received without one (an older server) or never received', async () => {
    const c = makeCase(1);
    await repos.sync.applyPullPage(page([change('case', c, 1)], 1));
    expect(await repos.signedHeads.heldHead('case', c.id)).toBeNull();
    expect(await repos.signedHeads.heldHead('visit', 'never-seen')).toBeNull();
  });

  it('accepts a pull answer with or without heads, and refuses a malformed one', () => {
    const c = makeCase(1);
    expect(pullResponseSchema.safeParse(page([change('case', c, 1, 'a')], 1)).success).toBe(true);
    expect(pullResponseSchema.safeParse(page([change('case', c, 1)], 1)).success).toBe(true);
    const bad = page([{ ...change('case', c, 1), head: { ...head(1, 'a'), hash: 'not-hex' } }], 1);
    expect(pullResponseSchema.safeParse(bad).success).toBe(false);
  });
});

describe('the court’s keys and checkpoint kept by the device', () => {
  const key = (keyId: string) => ({
    keyId,
    publicKey: 'AAAA',
    createdAt: '2026-01-01T00:00:00.000Z',
    retiredAt: null,
  });
  const checkpoint = (id: number) => ({
    id,
    commitSeq: id * 10,
    createdAt: '2026-12-01T00:00:00.000Z',
    headCount: 1,
    headsSha256: 'a'.repeat(64),
    keyId: 'k1',
    signature: 'c2ln',
  });
  const url = 'https://court.example';

  it('keeps every key once seen, per court server', async () => {
    expect(await repos.signedHeads.courtKeys(url)).toEqual([]);
    await repos.signedHeads.saveCourtKeys(url, [key('k1')]);
    // A court that stops listing k1 cannot make the heads k1 signed uncheckable here.
    await repos.signedHeads.saveCourtKeys(url, [key('k2')]);
    expect((await repos.signedHeads.courtKeys(url)).map((k) => k.keyId).sort()).toEqual(['k1', 'k2']);
    expect(await repos.signedHeads.courtKeys('https://other.example')).toEqual([]);
  });

  it('keeps the latest checkpoint and never goes back to an earlier one', async () => {
    expect(await repos.signedHeads.heldCheckpoint(url)).toBeNull();
    await repos.signedHeads.saveCheckpoint(url, checkpoint(2));
    await repos.signedHeads.saveCheckpoint(url, checkpoint(1));
    expect(await repos.signedHeads.heldCheckpoint(url)).toEqual(checkpoint(2));
    await repos.signedHeads.saveCheckpoint(url, checkpoint(3));
    expect(await repos.signedHeads.heldCheckpoint(url)).toEqual(checkpoint(3));
    expect(await repos.signedHeads.heldCheckpoint('https://other.example')).toBeNull();
  });
});
