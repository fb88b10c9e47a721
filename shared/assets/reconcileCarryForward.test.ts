import { describe, expect, it } from 'vitest';
import { assetSchema } from './asset';
import { overSeizureMeter } from './overSeizureMeter';
import { possibleTransferFlagSchema } from './possibleTransferFlag';
import { reconcileCarryForward } from './reconcileCarryForward';
import { makeMachinery, measureOf } from './testing/makeAsset';

const lathe = makeMachinery({
  id: 'p1',
  visitId: 'v1',
  name: '数控车床',
  serialNumber: 'SY2018-0457',
  location: '一号车间',
  measure: measureOf('live_seal'),
});
const press = makeMachinery({
  id: 'p2',
  visitId: 'v1',
  name: '液压机',
  model: 'YQ32-315',
  serialNumber: 'HP-0091',
  location: '二号车间',
  condition: 'idle',
});
const crane = makeMachinery({
  id: 'p3',
  visitId: 'v1',
  name: '桥式起重机',
  serialNumber: 'QZ-7781',
  location: '仓库',
  measure: measureOf('full_seal'),
});

const counter = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('reconcileCarryForward', () => {
  it('carries present and moved items into the new visit and flags missing ones', () => {
    const result = reconcileCarryForward(
      [lathe, press, crane],
      [
        { assetId: 'p1', mark: 'present' },
        { assetId: 'p2', mark: 'moved', location: ' 三号车间 ' },
        { assetId: 'p3', mark: 'missing' },
      ],
      { visitId: 'v2', newId: counter() },
    );
    expect(result.rows).toEqual([
      { ...lathe, id: 'new-1', visitId: 'v2', carriedFrom: { assetId: 'p1', mark: 'present' } },
      {
        ...press,
        id: 'new-2',
        visitId: 'v2',
        location: '三号车间',
        carriedFrom: { assetId: 'p2', mark: 'moved' },
      },
    ]);
    expect(result.possibleTransferFlags).toEqual([
      {
        code: 'asset.possibleTransfer',
        caseId: 'c1',
        assetId: 'p3',
        lastSeenVisitId: 'v1',
        detectedOnVisitId: 'v2',
        identity: {
          name: '桥式起重机',
          model: 'CK6150',
          manufacturer: '沈阳机床',
          serialNumber: 'QZ-7781',
          quantity: 1,
          unit: '台',
          location: '仓库',
        },
        measureKind: 'full_seal',
      },
    ]);
    expect(result.unmarked).toEqual([]);
    expect(result.ignoredMarks).toEqual([]);
    expect(result.problems).toEqual([]);
    for (const row of result.rows) expect(assetSchema.safeParse(row).success).toBe(true);
    for (const flag of result.possibleTransferFlags)
      expect(possibleTransferFlagSchema.safeParse(flag).success).toBe(true);
  });

  it('keeps the seal on a carried item and counts it once on the meter', () => {
    const { rows } = reconcileCarryForward([lathe], [{ assetId: 'p1', mark: 'present' }], {
      visitId: 'v2',
      newId: counter(),
    });
    expect(rows[0]!.measure).toEqual(lathe.measure);
    expect(rows[0]!.measure).not.toBe(lathe.measure);
    const meter = overSeizureMeter([lathe, ...rows], 100_000_000);
    expect(meter.valueUnderMeasureFen).toBe(lathe.valuation!.valueFen);
  });

  it('keeps a missing sealed item on the meter: the seal still stands', () => {
    const { rows } = reconcileCarryForward(
      [crane, lathe],
      [
        { assetId: 'p3', mark: 'missing' },
        { assetId: 'p1', mark: 'present' },
      ],
      { visitId: 'v2', newId: counter() },
    );
    expect(overSeizureMeter([crane, lathe, ...rows], 100_000_000).valueUnderMeasureFen).toBe(
      crane.valuation!.valueFen + lathe.valuation!.valueFen,
    );
  });

  it('never changes the earlier rows', () => {
    const before = structuredClone([lathe, press]);
    reconcileCarryForward(
      [lathe, press],
      [
        { assetId: 'p1', mark: 'present' },
        { assetId: 'p2', mark: 'moved', location: '室外' },
      ],
      { visitId: 'v2', newId: counter() },
    );
    expect([lathe, press]).toEqual(before);
  });

  it('reports unmarked items and marks for unknown items, carrying nothing for them', () => {
    const result = reconcileCarryForward(
      [lathe, press],
      [
        { assetId: 'gone', mark: 'present' },
        { assetId: 'p2', mark: 'present' },
      ],
      { visitId: 'v2', newId: counter() },
    );
    expect(result.unmarked).toEqual(['p1']);
    expect(result.ignoredMarks).toEqual(['gone']);
    expect(result.rows.map((r) => r.carriedFrom?.assetId)).toEqual(['p2']);
  });

  it('carries a moved item without a new location at its old place and reports it', () => {
    const result = reconcileCarryForward([press], [{ assetId: 'p2', mark: 'moved', location: '  ' }], {
      visitId: 'v2',
      newId: counter(),
    });
    expect(result.rows[0]!.location).toBe('二号车间');
    expect(result.problems).toEqual([{ assetId: 'p2', code: 'asset.movedWithoutLocation' }]);
  });

  it('refuses two marks for one item (a screen bug, not a user choice)', () => {
    expect(() =>
      reconcileCarryForward(
        [lathe],
        [
          { assetId: 'p1', mark: 'present' },
          { assetId: 'p1', mark: 'missing' },
        ],
        { visitId: 'v2', newId: counter() },
      ),
    ).toThrow(/marked twice/);
  });
});
