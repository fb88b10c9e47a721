import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeMachinery } from '../../../shared/assets/testing/makeAsset';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { createRepositories, type Repositories } from '../createRepositories';
import { openDb } from '../db';
import { makeCase } from '../testing/makeCase';

const me = { userId: 'officer-1', deviceId: 'device-1' };
const colleague = { userId: 'officer-2', deviceId: 'device-2' };
let repos: Repositories;

beforeEach(async () => {
  repos = createRepositories(
    await openDb(`pending-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await repos.cases.putReceived([makeCase(1), makeCase(2)], null);
});

describe('pending work, as the Sync page lists it', () => {
  it('groups waiting edits by record, named by kind, own name, visit address and case number', async () => {
    const visit = makeVisit({ id: 'v1', caseId: 'case-1', address: '某某公司 厂区', findings: '' });
    await repos.visits.create(me, visit);
    await repos.cases.update(me, 'case-2', { notes: '第一次' });
    for (const findings of ['一', '一号', '一号车间']) await repos.visits.update(me, 'v1', { findings });
    await repos.assets.createMany(me, [
      makeMachinery({ id: 'a1', caseId: 'case-1', visitId: 'v1', name: '车床' }),
    ]);
    await repos.cases.update(me, 'case-2', { notes: '第二次' });
    await repos.visits.update(me, 'v1', { workforceSeen: 3 });
    await repos.cases.update(colleague, 'case-1', { notes: '同事的修改' });

    const work = await repos.pendingWork.overview(me.deviceId);
    expect(
      work.mine.map((r) => [r.entity, r.title, r.visitAddress, r.caseNumber, r.isNew, r.fields]),
    ).toEqual([
      ['visit', null, '某某公司 厂区', makeCase(1).caseNumber, true, ['findings', 'workforceSeen']],
      ['case', null, null, makeCase(2).caseNumber, false, ['notes']],
      ['asset', '车床', '某某公司 厂区', makeCase(1).caseNumber, true, []],
    ]);
    // One row per record however many entries: the visit's create and two patches (other records' edits
    // came between them), two patches of case-2.
    expect(work.mine.map((r) => r.entries)).toEqual([3, 2, 1]);
    expect(work.otherOfficersRecords).toBe(1);
    expect(work.refused).toEqual([]);
  });

  it("lists a refused edit with its record and the server's reason", async () => {
    await repos.cases.update(me, 'case-2', { notes: '结案后补写' });
    const sent = await repos.outbox.takeBatch(me.deviceId, 10);
    const rejection = {
      code: 'field.forbidden',
      message: { 'zh-CN': '无权修改此字段', en: 'This field may not be changed' },
    };
    await repos.sync.applyPushResults(me.deviceId, sent, [
      { mutationId: sent[0]!.mutationId, clientSeq: sent[0]!.clientSeq, status: 'rejected', rejection },
    ]);
    const work = await repos.pendingWork.overview(me.deviceId);
    expect(work.mine).toEqual([]);
    expect(work.refused).toEqual([
      {
        entity: 'case',
        entityId: 'case-2',
        caseNumber: makeCase(2).caseNumber,
        visitAddress: null,
        title: null,
        deviceId: me.deviceId,
        clientSeq: 1,
        fields: ['notes'],
        rejection,
      },
    ]);
  });
});
