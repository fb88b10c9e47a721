import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import type { Json } from '../../../shared/sync/mutation';
import type { PullResponse } from '../../../shared/sync/protocol';
import { createRepositories, type Repositories } from '../createRepositories';
import { openDb } from '../db';
import { makeCase } from '../testing/makeCase';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import type { Visit } from '../../../shared/visits/visit';

const ctx = { userId: 'officer-1', deviceId: 'device-1' };
let repos: Repositories;

beforeEach(async () => {
  repos = createRepositories(
    await openDb(`sync-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
});

function page(cases: Case[], commitSeq: number, extra: Partial<PullResponse> = {}): PullResponse {
  return {
    cursor: commitSeq,
    hasMore: false,
    changes: cases.map((c) => ({
      entity: 'case',
      entityId: c.id,
      caseId: c.id,
      version: 1,
      commitSeq,
      data: c as unknown as Record<string, Json>,
      fieldSeq: {},
      deletedAt: null,
      deletedReason: null,
    })),
    conflicts: [],
    revoked: [],
    lastProcessedClientSeq: 0,
    ...extra,
  };
}

describe('syncRepository', () => {
  it('applies a pull page and its cursor together', async () => {
    await repos.sync.applyPullPage(page([makeCase(1), makeCase(2)], 5));
    expect(await repos.sync.cursor()).toBe(5);
    expect((await repos.cases.get('case-1'))?.caseNumber).toBe(makeCase(1).caseNumber);
    // The next local edit is based on the commit the device last received.
    await repos.cases.update(ctx, 'case-1', { notes: 'x' });
    expect((await repos.outbox.pending())[0]?.baseSeq).toBe(5);
  });

  it('never overwrites a pending local edit with a pulled version', async () => {
    await repos.sync.applyPullPage(page([makeCase(1)], 1));
    await repos.cases.update(ctx, 'case-1', { notes: 'mine, not yet pushed' });
    // A colleague changed another field on the server.
    await repos.sync.applyPullPage(page([makeCase(1, { recoveredFen: 700_00 })], 2));
    const local = await repos.cases.get('case-1');
    expect(local?.notes).toBe('mine, not yet pushed');
    expect(local?.recoveredFen).toBe(700_00);
  });

  it('drops acknowledged mutations and keeps refused ones with the reason, showing the server version', async () => {
    await repos.sync.applyPullPage(page([makeCase(1), makeCase(2)], 1));
    await repos.cases.update(ctx, 'case-1', { notes: 'accepted' });
    await repos.cases.update(ctx, 'case-2', { notes: 'refused' });
    const sent = await repos.outbox.pendingFor('device-1', 10);
    const rejection = { code: 'forbidden', message: { 'zh-CN': '无权修改该案件', en: 'Not allowed' } };
    await repos.sync.applyPushResults('device-1', sent, [
      { mutationId: sent[0]!.mutationId, clientSeq: 1, status: 'applied', commitSeq: 2 },
      { mutationId: sent[1]!.mutationId, clientSeq: 2, status: 'rejected', rejection },
    ]);
    expect(await repos.outbox.pending()).toHaveLength(0);
    const rejected = await repos.outbox.rejected();
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.rejection).toEqual(rejection);
    expect((await repos.cases.get('case-2'))?.notes).toBe('');
  });

  it('purges a case whose access was revoked only after its outbox is drained', async () => {
    await repos.sync.applyPullPage(page([makeCase(1)], 1));
    await repos.cases.update(ctx, 'case-1', { notes: 'still to push' });
    await repos.sync.applyPullPage(page([], 2, { revoked: ['case-1'] }));
    expect(await repos.cases.get('case-1')).toBeDefined();
    const sent = await repos.outbox.pendingFor('device-1', 10);
    await repos.sync.applyPushResults('device-1', sent, [
      { mutationId: sent[0]!.mutationId, clientSeq: 1, status: 'applied', commitSeq: 3 },
    ]);
    expect(await repos.cases.get('case-1')).toBeUndefined();
  });

  it('keeps each device id on its own sequence', async () => {
    await repos.sync.applyPullPage(page([makeCase(1)], 1));
    await repos.sync.adoptDevice('device-2', 41);
    await repos.cases.update(ctx, 'case-1', { notes: 'a' });
    await repos.cases.update({ userId: 'officer-2', deviceId: 'device-2' }, 'case-1', { notes: 'b' });
    expect((await repos.outbox.pendingFor('device-1', 10)).map((m) => m.clientSeq)).toEqual([1]);
    expect((await repos.outbox.pendingFor('device-2', 10)).map((m) => m.clientSeq)).toEqual([42]);
  });

  it('removes the demo court and its edits before the first real sync', async () => {
    await repos.cases.putReceived([makeCase(1), makeCase(2, { isDemo: false })], null);
    await repos.meta.markDemoLoaded();
    await repos.cases.update(ctx, 'case-1', { notes: 'demo edit' });
    await repos.sync.removeDemoData();
    expect(await repos.cases.get('case-1')).toBeUndefined();
    expect(await repos.cases.get('case-2')).toBeDefined();
    expect(await repos.outbox.count()).toBe(0);
    expect(await repos.meta.isDemoLoaded()).toBe(false);
  });
});

describe('syncRepository: records inside a case', () => {
  const visitChange = (visit: Visit, commitSeq: number) => ({
    entity: 'visit' as const,
    entityId: visit.id,
    caseId: visit.caseId,
    version: 1,
    commitSeq,
    data: visit as unknown as Record<string, Json>,
    fieldSeq: {},
    deletedAt: null,
    deletedReason: null,
  });

  it("stores a colleague's visit with its base, and keeps this device's pending edit over it", async () => {
    const visit = makeVisit({ id: 'v-1', caseId: 'case-1' });
    await repos.sync.applyPullPage(page([makeCase(1)], 1));
    await repos.sync.applyPullPage({ ...page([], 2), changes: [visitChange(visit, 2)] });
    expect((await repos.visits.get('v-1'))?.findings).toBe(visit.findings);

    await repos.visits.update(ctx, 'v-1', { findings: 'mine, not yet pushed' });
    expect((await repos.outbox.pending()).at(-1)?.baseSeq).toBe(2);
    await repos.sync.applyPullPage({
      ...page([], 3),
      changes: [visitChange({ ...visit, workforceSeen: 40 }, 3)],
    });
    expect(await repos.visits.get('v-1')).toMatchObject({
      findings: 'mine, not yet pushed',
      workforceSeen: 40,
    });
  });

  it("drops a case's records when access to the case is lost and nothing is pending", async () => {
    await repos.sync.applyPullPage(page([makeCase(1)], 1));
    await repos.sync.applyPullPage({
      ...page([], 2),
      changes: [visitChange(makeVisit({ id: 'v-2', caseId: 'case-1' }), 2)],
    });
    await repos.sync.applyPullPage(page([], 3, { revoked: ['case-1'] }));
    expect(await repos.visits.get('v-2')).toBeUndefined();
  });
});
