import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysFromTo, fromDayNumber, termLastDay } from './calendarDate';

describe('calendar dates', () => {
  it('numbers days like UTC midnight does, and back, over four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const iso = fromDayNumber(n);
        // The reference: what a Date says at UTC midnight of that day (tests may use Date; the code may not).
        expect(iso).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
        expect(dayNumber(iso)).toBe(n);
      }),
    );
  });

  it('steps over month ends, leap days and century years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysFromTo('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysFromTo('2025-01-01', '2024-12-31')).toBe(-1);
  });
});

describe('termLastDay: the start day counts, the term ends the day before the same date N months on', () => {
  it.each([
    // [start, months, last day]
    ['2024-01-10', 12, '2025-01-09'],
    ['2024-01-10', 24, '2026-01-09'],
    ['2024-01-10', 36, '2027-01-09'],
    ['2024-01-01', 12, '2024-12-31'],
    // A leap day has no anniversary in a common year: the term runs to the end of February.
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 24, '2026-02-28'],
    // ... and in a leap year four years on it has one.
    ['2024-02-29', 48, '2028-02-28'],
    ['2023-02-28', 12, '2024-02-27'],
    ['2023-03-01', 12, '2024-02-29'],
    ['2025-03-01', 12, '2026-02-28'],
    // Month ends: the target month lacks the day, so the term runs to its end.
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-30', 1, '2024-02-29'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-03-30', 1, '2024-04-29'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2024-12-31', 2, '2025-02-28'],
    ['2024-12-15', 1, '2025-01-14'],
    ['2099-12-31', 12, '2100-12-30'],
  ])('%s + %i months ends %s', (start, months, last) => {
    expect(termLastDay(start, months)).toBe(last);
  });

  it('refuses a term that is not a whole number of months', () => {
    expect(() => termLastDay('2024-01-10', 0)).toThrow(/whole number of months/);
    expect(() => termLastDay('2024-01-10', 1.5)).toThrow(/whole number of months/);
    expect(() => termLastDay('10.1.2024', 1)).toThrow(/YYYY-MM-DD/);
  });

  it('always ends after it starts, at most one day before the plain anniversary, and grows with the term', () => {
    const day = fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2090-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), (start, months) => {
        const last = termLastDay(start, months);
        expect(daysFromTo(start, last)).toBeGreaterThanOrEqual(27);
        // Never longer than `months` calendar months: at most 31 days per month.
        expect(daysFromTo(start, last)).toBeLessThan(months * 31);
        expect(daysFromTo(termLastDay(start, months), termLastDay(start, months + 1))).toBeGreaterThanOrEqual(
          28,
        );
        // The next day's term never ends earlier (monotonic in the start).
        expect(daysFromTo(last, termLastDay(addDays(start, 1), months))).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
