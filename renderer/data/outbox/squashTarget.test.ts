import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mutation } from '../../../shared/sync/mutation';
import type { PullResponse } from '../../../shared/sync/protocol';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { createRepositories, type Repositories } from '../createRepositories';
import { openDb, type FieldWritDb } from '../db';
import { makeCase } from '../testing/makeCase';
import { onMutationsCommitted } from './committedMutations';
import { mutate } from './mutate';

const ctx = { userId: 'officer-1', deviceId: 'device-1' };
let db: FieldWritDb;
let repos: Repositories;
/** Every committed mutation, in order, as the desktop journal receives them. */
let journal: Mutation[];
let stopJournal: () => void;

const open = () => openDb(`squash-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });

beforeEach(async () => {
  db = await open();
  repos = createRepositories(db);
  journal = [];
  stopJournal = onMutationsCommitted((mutations) => journal.push(...mutations));
  await repos.cases.putReceived([makeCase(1), makeCase(2)], null);
  await repos.visits.create(ctx, makeVisit({ id: 'v1', caseId: 'case-1', findings: '', endedAt: null }));
  await repos.visits.create(ctx, makeVisit({ id: 'v2', caseId: 'case-1', findings: '', endedAt: null }));
});
afterEach(() => stopJournal());

const pending = () => repos.outbox.pendingFor(ctx.deviceId, 1000);
/** Autosaves of the findings as an officer types them, one per pause. */
const type = async (...texts: string[]) => {
  for (const findings of texts) await repos.visits.update(ctx, 'v1', { findings });
};

describe('consecutive unsent edits of one record become one mutation', () => {
  it('folds patches: each field keeps its first `from` and takes the newest `to`, in the same clientSeq', async () => {
    await type('一号', '一号车间');
    const first = (await pending()).at(-1);
    await repos.visits.update(ctx, 'v1', { workforceSeen: 3 });
    await type('一号车间停工');
    const outbox = await pending();
    expect(outbox.map((m) => `${m.clientSeq}:${m.entityId}:${m.op}`)).toEqual([
      '1:v1:create',
      '2:v2:create',
      '3:v1:patch',
    ]);
    expect(outbox[2]!.changes).toEqual({
      findings: { from: '', to: '一号车间停工' },
      workforceSeen: { from: 12, to: 3 },
    });
    // New content, new identity: the server has never seen this mutationId.
    expect(outbox[2]!.clientSeq).toBe(first!.clientSeq);
    expect(outbox[2]!.mutationId).not.toBe(first!.mutationId);
    expect(outbox[2]!.authorUserId).toBe(ctx.userId);
    // The sequence goes on without a gap.
    await repos.cases.update(ctx, 'case-2', { notes: 'x' });
    expect((await pending()).map((m) => m.clientSeq)).toEqual([1, 2, 3, 4]);
    expect((await repos.visits.get('v1'))?.findings).toBe('一号车间停工');
  });

  it("never folds across another record's edit", async () => {
    await type('一号');
    await repos.visits.update(ctx, 'v2', { findings: '另一走访' });
    await type('一号车间');
    await repos.cases.update(ctx, 'case-2', { notes: '另一案件' });
    await type('一号车间停工');
    const outbox = await pending();
    expect(outbox.map((m) => `${m.entityId}:${m.op}`)).toEqual([
      'v1:create',
      'v2:create',
      'v1:patch',
      'v2:patch',
      'v1:patch',
      'case-2:patch',
      'v1:patch',
    ]);
    expect(outbox.filter((m) => m.entityId === 'v1' && m.op === 'patch').map((m) => m.changes)).toEqual([
      { findings: { from: '', to: '一号' } },
      { findings: { from: '一号', to: '一号车间' } },
      { findings: { from: '一号车间', to: '一号车间停工' } },
    ]);
  });

  it('never folds into a mutation a push has taken, even once that push failed', async () => {
    await type('一号');
    const batch = await repos.outbox.takeBatch(ctx.deviceId, 100);
    await type('一号车间');
    expect(batch.map((m) => m.clientSeq)).toEqual([1, 2, 3]);
    const outbox = await pending();
    // The taken entry is exactly what was sent; the new edit is an entry of its own after it.
    expect(outbox.slice(0, 3)).toEqual(batch);
    expect(outbox.map((m) => m.clientSeq)).toEqual([1, 2, 3, 4]);
    expect(outbox[3]!.changes).toEqual({ findings: { from: '一号', to: '一号车间' } });
    // Edits after that one fold into it again: it has not been taken.
    await type('一号车间停工');
    expect((await pending()).map((m) => m.clientSeq)).toEqual([1, 2, 3, 4]);
  });

  it('keeps a step along the review path apart', async () => {
    await type('一号');
    await repos.visits.update(ctx, 'v1', { endedAt: '2025-06-03T11:30:00+08:00' });
    await repos.visits.transition(ctx, 'v1', 'submitted');
    expect((await pending()).slice(2).map((m) => Object.keys(m.changes))).toEqual([
      ['findings', 'endedAt'],
      ['state'],
    ]);
  });

  it('keeps edits made on different server versions apart', async () => {
    // A pull between two edits of a case: the server decides conflicts by "unchanged since baseSeq".
    await repos.sync.applyPullPage(pulled(makeCase(2), 7));
    await repos.cases.update(ctx, 'case-2', { notes: 'a' });
    await repos.sync.applyPullPage(pulled(makeCase(2, { recoveredFen: 100 }), 8));
    await repos.cases.update(ctx, 'case-2', { notes: 'ab' });
    const cases = (await pending()).filter((m) => m.entityId === 'case-2');
    expect(cases.map((m) => [m.baseSeq, m.changes.notes?.to])).toEqual([
      [7, 'a'],
      [8, 'ab'],
    ]);
  });

  it('never folds into a member of a transaction group (one txId, applied all or nothing)', async () => {
    const edit = (field: string, to: string) => ({
      op: 'patch' as const,
      entity: 'visit' as const,
      entityId: 'v1',
      caseId: 'case-1',
      baseSeq: null,
      changes: { [field]: { from: '', to } },
    });
    await mutate(db, ctx, async () => ({
      result: null,
      changes: [edit('address', 'x'), edit('findings', 'y')],
    }));
    await type('一号');
    const outbox = await pending();
    expect(outbox.map((m) => m.clientSeq)).toEqual([1, 2, 3, 4, 5]);
    expect(outbox[3]!.txId).toBe(outbox[2]!.txId);
    expect(outbox[3]!.changes).toEqual({ findings: { from: '', to: 'y' } });
  });

  it('a journal restore yields the outbox as it was, and nothing restored is folded into', async () => {
    await type('一', '一号', '一号车间');
    await repos.visits.update(ctx, 'v2', { findings: '另一走访' });
    await type('一号车间停工', '一号车间停工，设备在场');
    await repos.cases.update(ctx, 'case-2', { notes: '另一案件' });
    await repos.cases.update(ctx, 'case-2', { notes: '另一案件，待补充' });
    const outbox = await pending();
    expect(outbox).toHaveLength(6);
    // The journal saw every version of the folded entries: more lines than entries.
    expect(journal.length).toBeGreaterThan(outbox.length);

    const restored = createRepositories(await open());
    expect(await restored.outbox.restoreFromJournal(journal)).toBe(outbox.length);
    expect(await restored.outbox.pendingFor(ctx.deviceId, 1000)).toEqual(outbox);
    // The server may already hold what was restored: the next edit is an entry of its own, and the one
    // after it folds into that one.
    await restored.cases.putReceived([makeCase(2)], null);
    await restored.cases.update(ctx, 'case-2', { notes: '另一案件，补充' });
    await restored.cases.update(ctx, 'case-2', { notes: '另一案件，补充完毕' });
    const after = await restored.outbox.pendingFor(ctx.deviceId, 1000);
    expect(after.map((m) => m.clientSeq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(after.slice(0, 6)).toEqual(outbox);
    expect(after[6]!.changes.notes?.to).toBe('另一案件，补充完毕');
  });
});

function pulled(c: ReturnType<typeof makeCase>, commitSeq: number): PullResponse {
  return {
    cursor: commitSeq,
    hasMore: false,
    changes: [
      {
        entity: 'case',
        entityId: c.id,
        caseId: c.id,
        version: 1,
        commitSeq,
        data: c as never,
        fieldSeq: {},
        deletedAt: null,
        deletedReason: null,
      },
    ],
    conflicts: [],
    revoked: [],
    lastProcessedClientSeq: 0,
  };
}
