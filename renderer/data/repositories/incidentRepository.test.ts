import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeIncident } from '../../../shared/visits/testing/makeIncident';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { createRepositories, type Repositories } from '../createRepositories';
import { openDb } from '../db';
import { makeCase } from '../testing/makeCase';

const ctx = { userId: 'officer-1', deviceId: 'device-1' };
let repos: Repositories;

beforeEach(async () => {
  repos = createRepositories(
    await openDb(`incidents-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await repos.cases.putReceived([makeCase(1)], null);
  await repos.visits.create(ctx, makeVisit({ id: 'v1', caseId: 'case-1' }));
});

const incident = (overrides = {}) =>
  makeIncident({ id: 'i1', caseId: 'case-1', visitId: 'v1', ...overrides });

describe('incidentRepository', () => {
  it('records an incident with a create mutation and lists a visit’s incidents in time order', async () => {
    await repos.incidents.create(ctx, incident({ id: 'late', occurredAt: '2025-06-03T11:00:00+08:00' }));
    await repos.incidents.create(ctx, incident({ id: 'early', occurredAt: '2025-06-03T09:10:00+08:00' }));
    expect((await repos.incidents.listForVisit('v1')).map((i) => i.id)).toEqual(['early', 'late']);
    expect((await repos.outbox.forEntity('late'))[0]).toMatchObject({ op: 'create', entity: 'incident' });
  });

  it('refuses a detention of the legal representative without a reason or the caution acknowledged', async () => {
    await repos.incidents.create(ctx, incident());
    const detention = {
      kind: 'detention' as const,
      subject: 'legal_representative' as const,
      personName: '李明',
      days: 10,
      reason: '',
      cautionAcknowledged: false,
    };
    await expect(repos.incidents.update(ctx, 'i1', { measures: [detention] })).rejects.toMatchObject({
      codes: ['incident.detentionReasonRequired', 'incident.detentionCautionNotAcknowledged'],
    });
    const withReason = { ...detention, reason: '当场撕毁封条并煽动职工围堵', cautionAcknowledged: true };
    await repos.incidents.update(ctx, 'i1', { measures: [{ kind: 'warning' }, withReason] });
    expect((await repos.incidents.get('i1'))?.measures).toHaveLength(2);
    const patch = (await repos.outbox.forEntity('i1')).at(-1)!;
    expect(Object.keys(patch.changes)).toEqual(['measures']);
  });

  it('keeps incidents of a submitted visit as they were', async () => {
    await repos.incidents.create(ctx, incident());
    await repos.visits.update(ctx, 'v1', { endedAt: '2025-06-03T11:00:00+08:00' });
    await repos.visits.transition(ctx, 'v1', 'submitted');
    await expect(repos.incidents.update(ctx, 'i1', { description: 'x' })).rejects.toMatchObject({
      codes: ['visit.notEditable'],
    });
    await expect(repos.incidents.create(ctx, incident({ id: 'i2' }))).rejects.toMatchObject({
      codes: ['visit.notEditable'],
    });
  });
});
