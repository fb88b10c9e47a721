import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Asset } from './asset';
import { OWNER_CLASSES } from './ownerClass';
import { rankByLeastHarm } from './rankByLeastHarm';
import {
  makeDeposit,
  makeGoods,
  makeMachinery,
  makeRealEstate,
  makeReceivable,
  makeVehicle,
  measureOf,
} from './testing/makeAsset';

const base = {
  caseId: 'c1',
  visitId: null,
  ownerClass: 'enterprise' as const,
  valuation: { valueFen: 1_000_000, method: 'online_inquiry' as const, date: '2025-06-03' },
  measure: measureOf('none'),
  carriedFrom: null,
};
const realEstate: Asset = {
  ...base,
  id: 're',
  class: 'real_estate',
  address: '1 号厂房',
  certificateNumber: '',
  floorAreaM2: null,
};
const land: Asset = {
  ...base,
  id: 'land',
  class: 'land',
  location: '厂区',
  certificateNumber: '',
  areaM2: null,
};
const vehicle: Asset = {
  ...base,
  id: 'car',
  class: 'vehicle',
  plateNumber: '蒙B12345',
  model: '解放',
  vin: '',
};
const equity: Asset = {
  ...base,
  id: 'eq',
  class: 'equity',
  companyName: '某某物流',
  companyCreditCode: '',
  shareBasisPoints: 2000,
};
const deposit = makeDeposit({ id: 'cash' });
const idle = makeMachinery({ id: 'idle', condition: 'idle' });
const damaged = makeMachinery({ id: 'damaged', condition: 'damaged' });
const running = makeMachinery({ id: 'running', condition: 'running' });

describe('rankByLeastHarm', () => {
  it('orders deposits, idle then damaged machinery, vehicles and equity, running machinery, real estate, land', () => {
    const ranked = rankByLeastHarm([land, realEstate, running, equity, vehicle, damaged, idle, deposit]);
    expect(ranked.map((r) => r.asset.id)).toEqual([
      'cash',
      'idle',
      'damaged',
      'car',
      'eq',
      'running',
      're',
      'land',
    ]);
    expect(ranked.map((r) => r.reasons[0])).toEqual([
      'asset.rank.cash',
      'asset.rank.idleMachinery',
      'asset.rank.damagedMachinery',
      'asset.rank.vehicle',
      'asset.rank.equity',
      'asset.rank.runningMachinery',
      'asset.rank.realEstate',
      'asset.rank.land',
    ]);
    expect(ranked.every((r) => r.isEligible)).toBe(true);
  });

  it('treats a machine of unknown condition as running, and says so', () => {
    const [r] = rankByLeastHarm([makeMachinery({ condition: null })]);
    expect(r!.reasons).toEqual(['asset.rank.runningMachinery', 'asset.rank.conditionUnknown']);
    expect(r!.score).toBe(rankByLeastHarm([running])[0]!.score);
  });

  it('puts an unvalued asset behind an otherwise equal valued one', () => {
    const ranked = rankByLeastHarm([makeMachinery({ id: 'nv', condition: 'idle', valuation: null }), idle]);
    expect(ranked.map((r) => r.asset.id)).toEqual(['idle', 'nv']);
    expect(ranked[1]!.reasons).toContain('asset.rank.notValued');
  });

  it('never suggests third-party or leased property: listed last, not eligible', () => {
    const ranked = rankByLeastHarm([
      makeDeposit({ id: 'tp', ownerClass: 'third_party' }),
      makeMachinery({ id: 'lease', ownerClass: 'leased', condition: 'idle' }),
      land,
    ]);
    expect(ranked.map((r) => [r.asset.id, r.isEligible])).toEqual([
      ['land', true],
      ['tp', false],
      ['lease', false],
    ]);
    expect(ranked[1]!.reasons).toContain('asset.rank.thirdParty');
    expect(ranked[2]!.reasons).toContain('asset.rank.leased');
  });

  it('moves property of doubtful ownership back and says why', () => {
    const ranked = rankByLeastHarm([
      makeMachinery({ id: 'sh', condition: 'idle', ownerClass: 'shareholder_personal' }),
      running,
    ]);
    expect(ranked.map((r) => r.asset.id)).toEqual(['running', 'sh']);
    expect(ranked[1]!.reasons).toContain('asset.rank.shareholderPersonal');
    // Behind even the land the enterprise clearly owns: clear property is exhausted first.
    const unclear = makeMachinery({ id: 'uc', condition: 'idle', ownerClass: 'unclear' });
    expect(rankByLeastHarm([unclear, land]).map((r) => r.asset.id)).toEqual(['land', 'uc']);
  });

  it('breaks ties by higher known value, then by id', () => {
    const small = makeMachinery({
      id: 'b',
      condition: 'idle',
      valuation: { valueFen: 10, method: 'estimate', date: '2025-06-03' },
    });
    const big = makeMachinery({
      id: 'c',
      condition: 'idle',
      valuation: { valueFen: 99, method: 'estimate', date: '2025-06-03' },
    });
    const twin = { ...small, id: 'a' };
    expect(rankByLeastHarm([small, big, twin]).map((r) => r.asset.id)).toEqual(['c', 'a', 'b']);
  });

  it('marks assets already under measure without changing their place', () => {
    const sealed = makeMachinery({ id: 's', condition: 'idle', measure: measureOf('live_seal') });
    const [r] = rankByLeastHarm([sealed]);
    expect(r!.reasons).toContain('asset.rank.alreadyUnderMeasure');
    expect(r!.score).toBe(rankByLeastHarm([idle])[0]!.score);
  });

  it('returns every asset exactly once, eligible before ineligible, scores ascending among the eligible', () => {
    const machine = fc
      .record({
        condition: fc.constantFrom('running', 'idle', 'damaged', null),
        ownerClass: fc.constantFrom(...OWNER_CLASSES),
        isValued: fc.boolean(),
      })
      .map(({ condition, ownerClass, isValued }) =>
        makeMachinery({ condition, ownerClass, valuation: isValued ? base.valuation : null }),
      );
    const pool = fc.array(
      fc.oneof(machine, fc.constantFrom<Asset>(deposit, vehicle, equity, realEstate, land)),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(pool, (items) => {
        const assets = items.map((a, i) => ({ ...a, id: `x${i}` }));
        const ranked = rankByLeastHarm(assets);
        expect(ranked.map((r) => r.asset.id).sort()).toEqual(assets.map((a) => a.id).sort());
        const firstIneligible = ranked.findIndex((r) => !r.isEligible);
        if (firstIneligible >= 0)
          expect(ranked.slice(firstIneligible).every((r) => !r.isEligible)).toBe(true);
        const eligible = ranked.filter((r) => r.isEligible).map((r) => r.score);
        expect(eligible).toEqual([...eligible].sort((a, b) => a - b));
        expect(rankByLeastHarm([...assets].reverse()).map((r) => r.asset.id)).toEqual(
          ranked.map((r) => r.asset.id),
        );
      }),
    );
  });
});

describe('rankByLeastHarm across the whole ledger', () => {
  const price = (valueFen: number) => ({ valueFen, method: 'estimate' as const, date: '2025-06-03' });
  const receivable = makeReceivable({ id: 'rc', valuation: price(1_000_000) });
  const goods = makeGoods({ id: 'goods', valuation: price(1_000_000) });
  const truck = makeVehicle({ id: 'truck', valuation: price(1_000_000) });
  const plant = makeRealEstate({ id: 'plant', valuation: price(1_000_000) });

  it('puts deposits, receivables, inventory goods and vehicles before production machinery and plant', () => {
    const ranked = rankByLeastHarm([plant, running, truck, goods, receivable, deposit]);
    expect(ranked.map((r) => r.asset.id)).toEqual(['cash', 'rc', 'goods', 'truck', 'running', 'plant']);
    expect(ranked.map((r) => r.reasons[0])).toEqual([
      'asset.rank.cash',
      'asset.rank.receivable',
      'asset.rank.inventoryGoods',
      'asset.rank.vehicle',
      'asset.rank.runningMachinery',
      'asset.rank.realEstate',
    ]);
    expect(ranked.every((r) => r.reasonDetails.map((d) => d.code).join() === r.reasons.join())).toBe(true);
  });

  it('lets values say otherwise: an indivisible asset worth more than the claim goes behind running machinery', () => {
    const bigTruck = makeVehicle({ id: 'bigTruck', valuation: price(90_000_000) });
    const bigGoods = makeGoods({ id: 'bigGoods', valuation: price(90_000_000) });
    const claim = { outstandingFen: 10_000_000 };
    const ranked = rankByLeastHarm([bigTruck, running, bigGoods], claim);
    // Goods can be sealed in part, so their size does not count against them; a truck is taken whole.
    expect(ranked.map((r) => r.asset.id)).toEqual(['bigGoods', 'running', 'bigTruck']);
    expect(ranked[2]!.reasonDetails).toContainEqual({
      code: 'asset.rank.exceedsClaim',
      params: { value: '900,000.00', outstanding: '100,000.00' },
    });
    // Without the claim the class decides alone.
    expect(rankByLeastHarm([bigTruck, running]).map((r) => r.asset.id)).toEqual(['bigTruck', 'running']);
  });

  it('still puts doubtful ownership behind everything clearly owned, even an over-claim building', () => {
    const bigLand = { ...land, valuation: price(900_000_000) };
    const doubtful = makeReceivable({ id: 'doubt', ownerClass: 'unclear' });
    const ranked = rankByLeastHarm([doubtful, bigLand], { outstandingFen: 1 });
    expect(ranked.map((r) => r.asset.id)).toEqual(['land', 'doubt']);
  });
});
