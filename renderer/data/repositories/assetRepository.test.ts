import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { reconcileCarryForward } from '../../../shared/assets/reconcileCarryForward';
import { makeMachinery, measureOf } from '../../../shared/assets/testing/makeAsset';
import { makeVisit } from '../../../shared/visits/testing/makeVisit';
import { createRepositories, type Repositories } from '../createRepositories';
import { openDb } from '../db';
import { InvalidDataError } from '../errors';
import { makeCase } from '../testing/makeCase';

const ctx = { userId: 'officer-1', deviceId: 'device-1' };
let repos: Repositories;

beforeEach(async () => {
  repos = createRepositories(
    await openDb(`assets-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await repos.cases.putReceived([makeCase(1)], null);
  await repos.visits.create(ctx, makeVisit({ id: 'v1', caseId: 'case-1' }));
});

const machine = (n: number, overrides = {}) =>
  makeMachinery({
    id: `m${String(n).padStart(4, '0')}`,
    caseId: 'case-1',
    visitId: 'v1',
    serialNumber: `SN-${n}`,
    ...overrides,
  });

describe('assetRepository', () => {
  it('writes 500 imported rows in one transaction: 500 create mutations sharing one txId', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => machine(i + 1));
    await repos.assets.createMany(ctx, rows);
    expect(await repos.assets.listForVisit('v1')).toHaveLength(500);
    const creates = (await repos.outbox.pending()).filter((m) => m.entity === 'asset');
    expect(creates).toHaveLength(500);
    expect(new Set(creates.map((m) => m.txId)).size).toBe(1);
    expect(creates.map((m) => m.clientSeq)).toEqual(Array.from({ length: 500 }, (_, i) => i + 2));
    expect(creates[0]!.changes.name).toEqual({ from: null, to: '数控车床' });
  });

  it('writes none of a batch when one row is invalid', async () => {
    const bad = machine(2, { quantity: 0 });
    await expect(repos.assets.createMany(ctx, [machine(1), bad])).rejects.toMatchObject({
      codes: ['asset.quantityInvalid'],
    });
    expect(await repos.assets.listForCase('case-1')).toEqual([]);
    expect((await repos.outbox.pending()).filter((m) => m.entity === 'asset')).toHaveLength(0);
  });

  it('refuses to seal a third party machine without a justification (rule 2), and allows it with one', async () => {
    await repos.assets.createMany(ctx, [machine(1, { ownerClass: 'third_party' })]);
    await expect(
      repos.assets.update(ctx, 'm0001', { measure: measureOf('live_seal') }),
    ).rejects.toMatchObject({ codes: ['asset.thirdPartyNeedsJustification'] });
    const sealed = await repos.assets.update(ctx, 'm0001', {
      measure: measureOf('live_seal', { thirdPartyJustification: '经查该设备实为被执行人出资购买' }),
    });
    expect(sealed.measure.kind).toBe('live_seal');
    const patch = (await repos.outbox.forEntity('m0001')).at(-1)!;
    expect(patch.op).toBe('patch');
    expect(Object.keys(patch.changes)).toEqual(['measure']);
  });

  it('duplicates a row with a later id, no serial number and no seal', async () => {
    await repos.assets.createMany(ctx, [machine(1, { measure: measureOf('full_seal') })]);
    const copy = await repos.assets.duplicate(ctx, 'm0001', 'm0002');
    expect(copy).toMatchObject({
      id: 'm0002',
      serialNumber: '',
      carriedFrom: null,
      measure: { kind: 'none' },
    });
    expect((await repos.assets.listForVisit('v1')).map((a) => a.id)).toEqual(['m0001', 'm0002']);
  });

  it('carries forward into the next visit and flags the missing machine on the case', async () => {
    await repos.assets.createMany(ctx, [machine(1), machine(2, { measure: measureOf('live_seal') })]);
    await repos.visits.create(ctx, makeVisit({ id: 'v2', caseId: 'case-1' }));
    const previous = (await repos.assets.listForVisit('v1')).filter((a) => a.class === 'machinery');
    let n = 0;
    const outcome = reconcileCarryForward(
      previous,
      [
        { assetId: 'm0001', mark: 'present' },
        { assetId: 'm0002', mark: 'missing' },
      ],
      { visitId: 'v2', newId: () => `c${++n}` },
    );
    const { flags } = await repos.assets.carryForward(ctx, outcome, () => 'flag-1');
    expect((await repos.assets.listForVisit('v2')).map((a) => a.carriedFrom)).toEqual([
      { assetId: 'm0001', mark: 'present' },
    ]);
    expect(flags).toHaveLength(1);
    const stored = await repos.assets.flagsForCase('case-1');
    expect(stored).toMatchObject([
      {
        id: 'flag-1',
        assetId: 'm0002',
        lastSeenVisitId: 'v1',
        detectedOnVisitId: 'v2',
        measureKind: 'live_seal',
      },
    ]);
    const flagMutation = (await repos.outbox.forEntity('flag-1'))[0]!;
    expect(flagMutation).toMatchObject({ op: 'create', entity: 'possibleTransferFlag', caseId: 'case-1' });
    expect(
      new Set([flagMutation.txId, ...(await repos.outbox.forEntity('c1')).map((m) => m.txId)]).size,
    ).toBe(1);
  });

  it('keeps a submitted visit inventory as it was', async () => {
    await repos.assets.createMany(ctx, [machine(1)]);
    await repos.visits.update(ctx, 'v1', { endedAt: '2025-06-03T11:00:00+08:00' });
    await repos.visits.transition(ctx, 'v1', 'submitted');
    await expect(repos.assets.update(ctx, 'm0001', { name: '改名' })).rejects.toBeInstanceOf(
      InvalidDataError,
    );
    await expect(repos.assets.createMany(ctx, [machine(3)])).rejects.toMatchObject({
      codes: ['visit.notEditable'],
    });
  });
});
