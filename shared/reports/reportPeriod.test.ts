import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PERIOD_KINDS,
  lastDayOf,
  periodKey,
  periodOf,
  periodRange,
  periodsBetween,
  shiftPeriod,
} from './reportPeriod';
import { trendBuckets } from './trendBuckets';

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('report periods', () => {
  it.each([
    ['month', '2025-06-30', '2025-06', '2025-06-01', '2025-07-01'],
    ['quarter', '2025-06-30', '2025-Q2', '2025-04-01', '2025-07-01'],
    ['half', '2025-06-30', '2025-H1', '2025-01-01', '2025-07-01'],
    ['half', '2025-07-01', '2025-H2', '2025-07-01', '2026-01-01'],
    ['year', '2025-12-31', '2025', '2025-01-01', '2026-01-01'],
    ['month', '2025-12-15', '2025-12', '2025-12-01', '2026-01-01'],
  ] as const)('a %s containing %s is %s, from %s until %s', (kind, date, key, from, until) => {
    const p = periodOf(kind, date);
    expect(periodKey(p)).toBe(key);
    expect(periodRange(p)).toEqual({ from, until });
    expect(lastDayOf(periodRange(p)) < until).toBe(true);
  });

  it('every date lies in the period periodOf gives, for every kind', () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom(...PERIOD_KINDS), (date, kind) => {
        const { from, until } = periodRange(periodOf(kind, date));
        expect(from <= date && date < until).toBe(true);
      }),
    );
  });

  it('shifting walks period by period across year ends, and back again', () => {
    expect(periodKey(shiftPeriod({ kind: 'quarter', year: 2025, index: 4 }, 1))).toBe('2026-Q1');
    expect(periodKey(shiftPeriod({ kind: 'month', year: 2025, index: 1 }, -1))).toBe('2024-12');
    expect(periodKey(shiftPeriod({ kind: 'half', year: 2025, index: 1 }, -3))).toBe('2023-H2');
    fc.assert(
      fc.property(isoDate, fc.constantFrom(...PERIOD_KINDS), fc.integer({ min: -40, max: 40 }), (d, k, n) => {
        const p = periodOf(k, d);
        expect(shiftPeriod(shiftPeriod(p, n), -n)).toEqual(p);
        // Consecutive periods tile the calendar: one ends where the next begins.
        expect(periodRange(shiftPeriod(p, 1)).from).toBe(periodRange(p).until);
      }),
    );
  });

  it('names the last day of a range, leap days included', () => {
    expect(lastDayOf({ from: '2024-02-01', until: '2024-03-01' })).toBe('2024-02-29');
    expect(lastDayOf({ from: '2025-07-01', until: '2026-01-01' })).toBe('2025-12-31');
  });

  it('lists the periods between two dates, newest first, whatever order the dates come in', () => {
    expect(periodsBetween('quarter', '2025-11-24', '2026-11-24').map(periodKey)).toEqual([
      '2026-Q4',
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
    ]);
    expect(periodsBetween('year', '2026-11-24', '2025-02-01').map(periodKey)).toEqual(['2026', '2025']);
  });

  it('draws a month day by day and longer periods month by month', () => {
    const feb = trendBuckets({ kind: 'month', year: 2024, index: 2 });
    expect(feb).toHaveLength(29);
    expect(feb[28]).toEqual({ from: '2024-02-29', until: '2024-03-01', unit: 'day' });
    const h2 = trendBuckets({ kind: 'half', year: 2025, index: 2 });
    expect(h2.map((b) => b.from)).toEqual([
      '2025-07-01',
      '2025-08-01',
      '2025-09-01',
      '2025-10-01',
      '2025-11-01',
      '2025-12-01',
    ]);
    expect(h2[5]!.until).toBe('2026-01-01');
  });
});
