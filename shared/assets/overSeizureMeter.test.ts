import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FEN } from '../domain/money';
import type { Asset } from './asset';
import { measuredValueFen } from './measuredValueFen';
import { MAX_RATIO_BP, overSeizureMeter } from './overSeizureMeter';
import { makeDeposit, makeMachinery, measureOf } from './testing/makeAsset';

const valued = (id: string, valueFen: number, kind: Asset['measure']['kind'] = 'live_seal') =>
  makeMachinery({
    id,
    valuation: { valueFen, method: 'negotiation', date: '2025-06-03' },
    measure: measureOf(kind),
  });

describe('overSeizureMeter', () => {
  it('sums only assets under a measure, in fen', () => {
    const assets = [
      valued('a', 3_000_000),
      valued('b', 2_000_000, 'full_seal'),
      valued('c', 9_999_999, 'none'),
      valued('d', 1, 'removed'),
    ];
    expect(overSeizureMeter(assets, 10_000_000)).toEqual({
      valueUnderMeasureFen: 5_000_001,
      outstandingFen: 10_000_000,
      ratioBp: 5_000,
      level: 'ok',
      unvaluedAssetIds: [],
      lapsedAssetIds: [],
    });
  });

  it('counts a quota freeze at its frozen amount, not the balance', () => {
    const deposit = makeDeposit({
      balanceFen: 90_000_000,
      frozenAmountFen: 4_000_000,
      measure: measureOf('quota_freeze'),
    });
    const meter = overSeizureMeter([deposit, valued('m', 1_000_000)], 10_000_000);
    expect(meter.valueUnderMeasureFen).toBe(5_000_000);
  });

  it('treats the valuation as the whole line, whatever the quantity', () => {
    const line = makeMachinery({
      quantity: 12,
      valuation: { valueFen: 600_000, method: 'estimate', date: '2025-06-03' },
      measure: measureOf('live_seal'),
    });
    expect(overSeizureMeter([line], 10_000_000).valueUnderMeasureFen).toBe(600_000);
  });

  it('turns approaching at exactly 90% and exceeded only above 100%', () => {
    const level = (value: number, outstanding: number) =>
      overSeizureMeter([valued('a', value)], outstanding).level;
    expect(level(8_999_999, 10_000_000)).toBe('ok');
    expect(level(9_000_000, 10_000_000)).toBe('approaching');
    expect(level(10_000_000, 10_000_000)).toBe('approaching');
    expect(level(10_000_001, 10_000_000)).toBe('exceeded');
    // 9 of 10 fen is 90%: integer comparison, no rounding.
    expect(level(9, 10)).toBe('approaching');
    expect(level(8, 9)).toBe('ok');
  });

  it('handles a claim already paid: anything under measure exceeds it, and the ratio is undefined', () => {
    expect(overSeizureMeter([], 0)).toMatchObject({ level: 'ok', ratioBp: null, valueUnderMeasureFen: 0 });
    expect(overSeizureMeter([valued('a', 1)], 0)).toMatchObject({ level: 'exceeded', ratioBp: null });
  });

  it('lists measured assets it cannot value instead of silently counting them as nothing', () => {
    const unvalued = makeMachinery({ id: 'u', valuation: null, measure: measureOf('full_seal') });
    const freezeNoAmount = makeDeposit({
      id: 'q',
      measure: measureOf('quota_freeze'),
      frozenAmountFen: null,
    });
    const meter = overSeizureMeter(
      [unvalued, freezeNoAmount, valued('a', 100), makeMachinery({ id: 'n', valuation: null })],
      1_000,
    );
    expect(meter.unvaluedAssetIds).toEqual(['u', 'q']);
    expect(meter.valueUnderMeasureFen).toBe(100);
  });

  it('counts a carried-forward machine once: the later row supersedes the earlier one', () => {
    const first = valued('v1-row', 5_000_000);
    const carried = {
      ...valued('v2-row', 6_000_000),
      visitId: 'v2',
      carriedFrom: { assetId: 'v1-row', mark: 'present' as const },
    };
    expect(overSeizureMeter([first, carried], 100_000_000).valueUnderMeasureFen).toBe(6_000_000);
  });

  it('stays exact at amounts where doubles are not (MAX_FEN-scale values)', () => {
    const meter = overSeizureMeter([valued('a', MAX_FEN), valued('b', MAX_FEN - 1)], MAX_FEN);
    expect(meter.valueUnderMeasureFen).toBe(2 * MAX_FEN - 1);
    expect(meter.ratioBp).toBe(19_999);
    expect(meter.level).toBe('exceeded');
    // One fen outstanding against MAX_FEN under measure: the ratio is capped, the level still exact.
    expect(overSeizureMeter([valued('a', MAX_FEN)], 1)).toMatchObject({
      ratioBp: MAX_RATIO_BP,
      level: 'exceeded',
    });
    // 10 × 0.9 × 10^15 is beyond 2^53: the 90% boundary must still be exact.
    expect(overSeizureMeter([valued('a', 900_000_000_000_000)], MAX_FEN).level).toBe('approaching');
    expect(overSeizureMeter([valued('a', 899_999_999_999_999)], MAX_FEN).level).toBe('ok');
  });
});

describe('overSeizureMeter properties', () => {
  const kind = fc.constantFrom<Asset['measure']['kind']>('none', 'live_seal', 'full_seal', 'removed');
  const value = fc.integer({ min: 0, max: 1_000_000_000_000 });
  const machine = fc.record({ value: fc.option(value, { nil: null }), kind }).map(({ value, kind }) =>
    makeMachinery({
      valuation: value === null ? null : { valueFen: value, method: 'estimate', date: '2025-06-03' },
      measure: measureOf(kind),
    }),
  );
  const deposit = fc
    .record({
      frozen: fc.option(fc.integer({ min: 1, max: 1_000_000_000_000 }), { nil: null }),
      isFrozen: fc.boolean(),
    })
    .map(({ frozen, isFrozen }) =>
      makeDeposit({ frozenAmountFen: frozen, measure: measureOf(isFrozen ? 'quota_freeze' : 'none') }),
    );
  const ledger = fc
    .array(fc.oneof(machine, deposit), { maxLength: 40 })
    .map((assets) => assets.map((a, i) => ({ ...a, id: `a${i}` })));
  const outstanding = fc.integer({ min: 0, max: 10_000_000_000_000 });

  it('equals the sum of the measured values, always whole fen, with a consistent ratio and level', () => {
    fc.assert(
      fc.property(ledger, outstanding, (assets, out) => {
        const meter = overSeizureMeter(assets, out);
        const expected = assets.reduce((s, a) => s + (measuredValueFen(a) ?? 0), 0);
        expect(meter.valueUnderMeasureFen).toBe(expected);
        expect(Number.isSafeInteger(meter.valueUnderMeasureFen)).toBe(true);
        if (out === 0) expect(meter.ratioBp).toBeNull();
        else {
          expect(Number.isSafeInteger(meter.ratioBp)).toBe(true);
          // ratioBp = floor(value × 10000 / outstanding), capped; checked without division.
          const bp = BigInt(meter.ratioBp!);
          expect(bp * BigInt(out) <= BigInt(expected) * 10_000n).toBe(true);
          if (meter.ratioBp! < MAX_RATIO_BP)
            expect((bp + 1n) * BigInt(out) > BigInt(expected) * 10_000n).toBe(true);
        }
        expect(meter.level === 'exceeded').toBe(expected > out);
      }),
    );
  });

  it('is order-independent', () => {
    fc.assert(
      fc.property(ledger, outstanding, (assets, out) => {
        expect(overSeizureMeter([...assets].reverse(), out).valueUnderMeasureFen).toBe(
          overSeizureMeter(assets, out).valueUnderMeasureFen,
        );
      }),
    );
  });

  it('never goes down when an asset is added or put under a measure (monotonic)', () => {
    const rank = { ok: 0, approaching: 1, exceeded: 2 } as const;
    fc.assert(
      fc.property(ledger, machine, outstanding, (assets, extra, out) => {
        const before = overSeizureMeter(assets, out);
        const after = overSeizureMeter([...assets, { ...extra, id: 'extra' }], out);
        expect(after.valueUnderMeasureFen).toBeGreaterThanOrEqual(before.valueUnderMeasureFen);
        expect(rank[after.level]).toBeGreaterThanOrEqual(rank[before.level]);
      }),
    );
  });

  it('never goes up when the outstanding claim grows', () => {
    fc.assert(
      fc.property(ledger, outstanding, fc.integer({ min: 0, max: 1_000_000_000 }), (assets, out, more) => {
        const a = overSeizureMeter(assets, out);
        const b = overSeizureMeter(assets, out + more);
        if (a.ratioBp !== null && b.ratioBp !== null) expect(b.ratioBp).toBeLessThanOrEqual(a.ratioBp);
      }),
    );
  });
});
