import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import type { Json, SyncedEntity } from '../../../shared/sync/mutation';
import type { PullResponse, RecordChange, SyncConflict } from '../../../shared/sync/protocol';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import type { Visit } from '../../../shared/visits/visit';
import { createRepositories, type Repositories } from '../createRepositories';
import { openDb } from '../db';
import { InvalidDataError } from '../errors';
import { makeCase } from '../testing/makeCase';

const lead = { userId: 'lead-1', deviceId: 'lead-device' };
let repos: Repositories;

beforeEach(async () => {
  repos = createRepositories(
    await openDb(`conflicts-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
});

const caseChange = (c: Case, commitSeq: number, deletedAt: string | null = null): RecordChange => ({
  entity: 'case',
  entityId: c.id,
  caseId: c.id,
  version: 2,
  commitSeq,
  data: c as unknown as Record<string, Json>,
  fieldSeq: {},
  deletedAt,
  deletedReason: null,
});

const visitChange = (v: Visit, commitSeq: number): RecordChange => ({
  ...caseChange(makeCase(1), commitSeq),
  entity: 'visit',
  entityId: v.id,
  caseId: v.caseId,
  data: v as unknown as Record<string, Json>,
});

function conflict(
  id: string,
  entity: SyncedEntity,
  entityId: string,
  field: string,
  sides: { base: Json; mine: Json; theirs: Json },
): SyncConflict {
  return {
    id,
    entity,
    entityId,
    caseId: 'case-1',
    kind: 'field',
    field,
    ...sides,
    mineBy: { authorUserId: 'officer-2', deviceId: 'dev-2', mutationId: `m-${id}` },
    theirsBy: { authorUserId: 'officer-1', deviceId: 'dev-1', mutationId: `t-${id}` },
    openedSeq: 7,
    openedAt: '2025-06-03T02:00:00.000Z',
  };
}

function page(changes: RecordChange[], conflicts: SyncConflict[], cursor = 7): PullResponse {
  return { cursor, hasMore: false, changes, conflicts, revoked: [], lastProcessedClientSeq: 0 };
}

const notesConflict = conflict('k1', 'case', 'case-1', 'notes', { base: '', mine: '乙', theirs: '甲' });

/** The server's case after A's edit (notes 甲, committed at 7) and B's conflicting one kept aside. */
async function receiveCaseConflict(extra: SyncConflict[] = []) {
  await repos.sync.applyPullPage(
    page([caseChange(makeCase(1, { notes: '甲' }), 7)], [notesConflict, ...extra]),
  );
}

describe('conflictRepository', () => {
  it('resolves a case conflict in one transaction: local row, list row, outbox with reason, conflict gone', async () => {
    await receiveCaseConflict();
    await repos.conflicts.resolve(lead, notesConflict, { kind: 'edited', value: '甲；乙' }, '两人所记均属实');

    expect((await repos.cases.get('case-1'))?.notes).toBe('甲；乙');
    const outbox = await repos.outbox.pending();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      op: 'resolveConflict',
      entity: 'case',
      entityId: 'case-1',
      caseId: 'case-1',
      baseSeq: 7,
      authorUserId: 'lead-1',
      deviceId: 'lead-device',
      changes: { notes: { from: '甲', to: '甲；乙' } },
      reason: '两人所记均属实',
    });
    expect(await repos.conflicts.list()).toEqual([]);
    expect(await repos.conflicts.disputedIds('case')).toEqual(new Set());
  });

  it("keeps 'mine' or 'theirs' as the value those sides hold, and names the committed value as from", async () => {
    await receiveCaseConflict();
    await repos.conflicts.resolve(lead, notesConflict, { kind: 'mine', value: '乙' }, '乙的记录与照片一致');
    expect((await repos.cases.get('case-1'))?.notes).toBe('乙');
    expect((await repos.outbox.pending())[0]!.changes).toEqual({ notes: { from: '甲', to: '乙' } });
  });

  it('keeps the decision over a pull of the unchanged record until the server answers', async () => {
    await receiveCaseConflict();
    await repos.conflicts.resolve(lead, notesConflict, { kind: 'edited', value: '丙' }, '现场复核');
    // A pull before the push still carries the conflict and the old value: the pending decision shows.
    await receiveCaseConflict();
    expect((await repos.cases.get('case-1'))?.notes).toBe('丙');
  });

  it('refuses a blank reason and writes nothing', async () => {
    await receiveCaseConflict();
    for (const reason of ['', '  \n ']) {
      const attempt = repos.conflicts.resolve(lead, notesConflict, { kind: 'mine', value: '乙' }, reason);
      await expect(attempt).rejects.toMatchObject({ codes: ['conflict.reasonRequired'] });
    }
    expect((await repos.cases.get('case-1'))?.notes).toBe('甲');
    expect(await repos.outbox.count()).toBe(0);
    expect(await repos.conflicts.list()).toEqual([notesConflict]);
  });

  it('refuses a value the record cannot hold and rolls everything back', async () => {
    const money = conflict('k2', 'case', 'case-1', 'recoveredFen', { base: 0, mine: 500, theirs: 800 });
    await receiveCaseConflict([money]);
    const attempt = repos.conflicts.resolve(lead, money, { kind: 'edited', value: -5 }, '核对票据');
    await expect(attempt).rejects.toBeInstanceOf(InvalidDataError);
    expect((await repos.cases.get('case-1'))?.recoveredFen).toBe(0);
    expect(await repos.outbox.count()).toBe(0);
    expect(await repos.conflicts.list()).toHaveLength(2);
  });

  it('closes every local conflict on the decided field and keeps those on other fields', async () => {
    const third = { ...notesConflict, id: 'k3', mine: '丁', openedSeq: 8 };
    const status = conflict('k4', 'case', 'case-1', 'status', {
      base: 'enforcing',
      mine: 'suspended',
      theirs: 'enforcing',
    });
    await receiveCaseConflict([third, status]);
    await repos.conflicts.resolve(lead, notesConflict, { kind: 'theirs', value: '甲' }, '以先提交的为准');
    expect((await repos.conflicts.list()).map((c) => c.id)).toEqual(['k4']);
    expect(await repos.conflicts.disputedIds('case')).toEqual(new Set(['case-1']));
  });

  it('refuses a conflict that is no longer open on the device', async () => {
    await receiveCaseConflict();
    // A pull without it: someone else resolved it meanwhile.
    await repos.sync.applyPullPage(page([caseChange(makeCase(1, { notes: '甲' }), 9)], [], 9));
    const attempt = repos.conflicts.resolve(lead, notesConflict, { kind: 'mine', value: '乙' }, '理由');
    await expect(attempt).rejects.toMatchObject({ codes: ['conflict.notOpen'] });
    expect(await repos.outbox.count()).toBe(0);
  });

  it('resolves a conflict on a record inside a case in its own table, based on its server version', async () => {
    const visit = makeVisit({ id: 'v1', caseId: 'case-1', findings: '厂区停工' });
    const findings = conflict('k5', 'visit', 'v1', 'findings', {
      base: '',
      mine: '厂区有人值守',
      theirs: '厂区停工',
    });
    await repos.sync.applyPullPage(page([caseChange(makeCase(1), 3), visitChange(visit, 6)], [findings]));
    expect(await repos.conflicts.forRecords(['v1', 'other'])).toEqual([findings]);
    expect(await repos.conflicts.forCase('case-1')).toEqual([findings]);

    await repos.conflicts.resolve(
      lead,
      findings,
      { kind: 'edited', value: '厂区部分停工，有人值守' },
      '两名干警所见合并',
    );
    expect((await repos.visits.get('v1'))?.findings).toBe('厂区部分停工，有人值守');
    const [m] = await repos.outbox.pending();
    expect(m).toMatchObject({
      op: 'resolveConflict',
      entity: 'visit',
      entityId: 'v1',
      caseId: 'case-1',
      baseSeq: 6,
      changes: { findings: { from: '厂区停工', to: '厂区部分停工，有人值守' } },
      reason: '两名干警所见合并',
    });
    expect(await repos.conflicts.forCase('case-1')).toEqual([]);
  });

  it('decides a deletion against an edit as the deletion state, never as an edited value', async () => {
    const deletion: SyncConflict = {
      ...notesConflict,
      id: 'k6',
      kind: 'delete_vs_edit',
      field: '_deleted',
      base: { deleted: false },
      mine: { deleted: true, reason: '重复立案' },
      theirs: { changes: { notes: '甲' } },
    };
    await repos.sync.applyPullPage(page([caseChange(makeCase(1, { notes: '甲' }), 7)], [deletion]));
    await expect(
      repos.conflicts.resolve(lead, deletion, { kind: 'edited', value: true }, '理由'),
    ).rejects.toMatchObject({ codes: ['conflict.deletionNotEditable'] });
    await repos.conflicts.resolve(lead, deletion, { kind: 'theirs', value: deletion.theirs }, '案件仍在执行');
    const [m] = await repos.outbox.pending();
    expect(m).toMatchObject({ op: 'resolveConflict', changes: { _deleted: { from: false, to: false } } });
    expect((await repos.cases.get('case-1'))?.notes).toBe('甲');
  });
});
