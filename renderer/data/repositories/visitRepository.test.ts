import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeIncident } from '../../../shared/visits/testing/makeIncident';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { createRepositories, type Repositories } from '../createRepositories';
import { openDb } from '../db';
import { InvalidDataError } from '../errors';
import { makeCase } from '../testing/makeCase';

const ctx = { userId: 'officer-1', deviceId: 'device-1' };
let repos: Repositories;

beforeEach(async () => {
  repos = createRepositories(
    await openDb(`visits-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await repos.cases.putReceived([makeCase(1)], null);
});

const visit = (overrides = {}) => makeVisit({ id: 'v1', caseId: 'case-1', ...overrides });

describe('visitRepository', () => {
  it('creates a visit with one create mutation carrying every field from null', async () => {
    await repos.visits.create(ctx, visit());
    expect(await repos.visits.get('v1')).toEqual(visit());
    const outbox = await repos.outbox.pending();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ op: 'create', entity: 'visit', entityId: 'v1', caseId: 'case-1' });
    expect(outbox[0]!.changes.address).toEqual({ from: null, to: visit().address });
    expect(outbox[0]!.changes.signature).toEqual({ from: null, to: visit().signature });
    expect(Object.keys(outbox[0]!.changes).sort()).toEqual(Object.keys(visit()).sort());
  });

  it('refuses a visit for a case not on the device, or one that does not start as a draft', async () => {
    await expect(repos.visits.create(ctx, visit({ caseId: 'case-9' }))).rejects.toBeInstanceOf(
      InvalidDataError,
    );
    await expect(repos.visits.create(ctx, visit({ state: 'approved' }))).rejects.toBeInstanceOf(
      InvalidDataError,
    );
    expect(await repos.outbox.count()).toBe(0);
  });

  it('patches only the fields that changed, keeping text exactly as typed', async () => {
    await repos.visits.create(ctx, visit());
    await repos.visits.update(ctx, 'v1', { findings: '厂区 大门紧闭 ', workforceSeen: 12 });
    const patches = (await repos.outbox.forEntity('v1')).filter((m) => m.op === 'patch');
    expect(patches).toHaveLength(1);
    expect(patches[0]!.changes).toEqual({
      findings: { from: visit().findings, to: '厂区 大门紧闭 ' },
    });
    expect((await repos.visits.get('v1'))?.findings).toBe('厂区 大门紧闭 ');
  });

  it('refuses what the schema forbids and leaves row and outbox untouched', async () => {
    await repos.visits.create(ctx, visit());
    await expect(
      repos.visits.update(ctx, 'v1', { endedAt: '2025-06-03T08:00:00+08:00' }),
    ).rejects.toMatchObject({ codes: ['visit.endBeforeStart'] });
    expect((await repos.visits.get('v1'))?.endedAt).toBeNull();
    expect(await repos.outbox.count()).toBe(1);
  });

  it('submits only a complete visit, then locks it', async () => {
    await repos.visits.create(ctx, visit({ findings: '' }));
    await expect(repos.visits.transition(ctx, 'v1', 'submitted')).rejects.toMatchObject({
      codes: ['visit.endRequired', 'visit.findingsRequired'],
    });
    await repos.visits.update(ctx, 'v1', {
      findings: '部分生产线停工。',
      endedAt: '2025-06-03T11:30:00+08:00',
    });
    const submitted = await repos.visits.transition(ctx, 'v1', 'submitted');
    expect(submitted.state).toBe('submitted');
    const last = (await repos.outbox.forEntity('v1')).at(-1)!;
    expect(last.changes).toEqual({ state: { from: 'draft', to: 'submitted' } });
    await expect(repos.visits.update(ctx, 'v1', { findings: 'changed later' })).rejects.toMatchObject({
      codes: ['visit.notEditable'],
    });
    await expect(repos.visits.transition(ctx, 'v1', 'approved')).resolves.toMatchObject({
      state: 'approved',
    });
    await expect(repos.visits.transition(ctx, 'v1', 'draft')).rejects.toMatchObject({
      codes: ['visit.transitionNotAllowed'],
    });
  });

  it('keeps a person row saved without a name, and refuses to submit until it and its incidents have one', async () => {
    await repos.visits.create(ctx, visit({ endedAt: '2025-06-03T11:30:00+08:00' }));
    await repos.visits.update(ctx, 'v1', { enterprisePeople: [{ name: '', role: '会计' }] });
    expect((await repos.visits.get('v1'))?.enterprisePeople).toEqual([{ name: '', role: '会计' }]);
    await expect(repos.visits.transition(ctx, 'v1', 'submitted')).rejects.toMatchObject({
      codes: ['visit.personNameRequired'],
    });
    await repos.visits.update(ctx, 'v1', { enterprisePeople: [{ name: '李娟', role: '会计' }] });
    await repos.incidents.create(
      ctx,
      makeIncident({ caseId: 'case-1', visitId: 'v1', persons: [{ name: ' ', role: '保安' }] }),
    );
    await expect(repos.visits.transition(ctx, 'v1', 'submitted')).rejects.toMatchObject({
      codes: ['incident.personNameRequired'],
    });
    expect((await repos.visits.get('v1'))?.state).toBe('draft');
  });

  it('lists returned visits first, then drafts, then the latest', async () => {
    await repos.cases.putReceived([makeCase(2)], null);
    await repos.visits.create(ctx, visit({ id: 'old', startedAt: '2025-05-01T09:00:00+08:00' }));
    await repos.visits.create(ctx, visit({ id: 'new', startedAt: '2025-06-10T09:00:00+08:00' }));
    await repos.visits.create(
      ctx,
      visit({ id: 'done', startedAt: '2025-06-20T09:00:00+08:00', endedAt: '2025-06-20T10:00:00+08:00' }),
    );
    await repos.visits.create(ctx, visit({ id: 'other', caseId: 'case-2' }));
    await repos.visits.transition(ctx, 'done', 'submitted');
    expect((await repos.visits.listAll()).map((v) => v.id)).toEqual(['new', 'other', 'old', 'done']);
    await repos.visits.update(ctx, 'old', { endedAt: '2025-05-01T10:00:00+08:00' });
    await repos.visits.transition(ctx, 'old', 'submitted');
    await repos.visits.transition(ctx, 'old', 'returned');
    expect((await repos.visits.listAll()).map((v) => v.id)).toEqual(['old', 'new', 'other', 'done']);
    expect((await repos.visits.listForCase('case-1')).map((v) => v.id)).toEqual(['done', 'new', 'old']);
  });
});
