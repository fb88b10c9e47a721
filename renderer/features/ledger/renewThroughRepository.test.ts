import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeMachinery, measureOf } from '../../../shared/assets/testing/makeAsset';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { createRepositories, type Repositories } from '../../data/createRepositories';
import { openDb } from '../../data/db';
import { makeCase } from '../../data/testing/makeCase';
import { expiringMeasures } from './expiringMeasures';
import { renewalDefaults, renewalOf } from './renewalOf';

const ctx = { userId: 'officer-1', deviceId: 'device-1' };
const TODAY = '2026-12-30';
let repos: Repositories;

beforeEach(async () => {
  repos = createRepositories(
    await openDb(`ledger-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await repos.cases.putReceived([makeCase(1), makeCase(2)], null);
  await repos.visits.create(ctx, makeVisit({ id: 'v1', caseId: 'case-1' }));
  await repos.visits.create(ctx, makeVisit({ id: 'v2', caseId: 'case-2' }));
});

describe('reminders and renewal over the device’s asset ledger', () => {
  it('finds the measures near their end across cases, and a renewal written as an outbox patch clears one', async () => {
    await repos.assets.createMany(ctx, [
      makeMachinery({
        id: 'a1',
        caseId: 'case-1',
        visitId: 'v1',
        measure: measureOf('live_seal', { startDate: '2025-01-10' }),
      }),
      makeMachinery({ id: 'a2', caseId: 'case-1', visitId: 'v1' }),
    ]);
    await repos.assets.createMany(ctx, [
      makeMachinery({
        id: 'b1',
        caseId: 'case-2',
        visitId: 'v2',
        measure: measureOf('full_seal', { startDate: '2025-01-03' }),
      }),
    ]);
    const underMeasure = await repos.assets.listUnderMeasure();
    expect(underMeasure.map((a) => a.id)).toEqual(['a1', 'b1']);
    expect(expiringMeasures(underMeasure, TODAY).map((e) => [e.asset.id, e.daysLeft])).toEqual([
      ['b1', 3],
      ['a1', 10],
    ]);

    const a1 = underMeasure[0]!;
    const outcome = renewalOf(a1, { ...renewalDefaults(a1, TODAY), noticeNumber: '续封通知书 1 号' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    await repos.assets.update(ctx, a1.id, { measure: outcome.measure });

    const patch = (await repos.outbox.pending())
      .filter((m) => m.entity === 'asset' && m.entityId === 'a1')
      .at(-1);
    expect(patch).toMatchObject({ op: 'patch', changes: { measure: { to: outcome.measure } } });
    expect(expiringMeasures(await repos.assets.listUnderMeasure(), TODAY).map((e) => e.asset.id)).toEqual([
      'b1',
    ]);
  });
});
