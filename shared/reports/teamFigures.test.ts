import { describe, expect, it } from 'vitest';
import { generateDemoCourt } from '../demo/generateDemoCourt';
import { makeVisit } from '../visits/testing/makeVisit';
import { periodOf, type ReportPeriod } from './reportPeriod';
import type { CaseFact, TeamFacts } from './teamFacts';
import { computeTeamFigures } from './teamFigures';

/** The court's calendar date of an instant: China time, whatever machine runs the test. */
const chinaDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

const H1_2025: ReportPeriod = { kind: 'half', year: 2025, index: 1 };

const kase = (overrides: Partial<CaseFact>): CaseFact => ({
  type: 'first',
  acceptedOn: '2025-03-01',
  closedOn: null,
  closingMode: null,
  recoveredFen: 0,
  ...overrides,
});
const facts = (overrides: Partial<TeamFacts>): TeamFacts => ({
  cases: [],
  visits: [],
  transferFlags: [],
  openConflicts: 0,
  ...overrides,
});

describe('computeTeamFigures', () => {
  it('counts accepted by acceptance date and closed by closing date, per type, at the period edges', () => {
    const f = computeTeamFigures(
      facts({
        cases: [
          kase({ acceptedOn: '2025-01-01' }),
          kase({ acceptedOn: '2025-06-30', type: 'resumed' }),
          kase({ acceptedOn: '2024-12-31' }), // before the period
          kase({ acceptedOn: '2025-07-01' }), // after it
          // Accepted last year, closed in the period: closed counts, accepted does not.
          kase({
            acceptedOn: '2024-11-01',
            closedOn: '2025-02-10',
            closingMode: 'fully_performed',
            recoveredFen: 123_456_78,
          }),
          kase({
            type: 'preservation',
            acceptedOn: '2025-06-28',
            closedOn: '2025-07-02', // closed after the period
            closingMode: 'fully_performed',
          }),
        ],
      }),
      H1_2025,
      chinaDate,
    );
    expect(f.from).toBe('2025-01-01');
    expect(f.until).toBe('2025-07-01');
    expect(f.total.accepted).toBe(3);
    expect(f.byType.first.accepted).toBe(1);
    expect(f.byType.resumed.accepted).toBe(1);
    expect(f.byType.preservation.accepted).toBe(1);
    expect(f.total.closed).toBe(1);
    expect(f.byType.first.closed).toBe(1);
    expect(f.byType.preservation.closed).toBe(0);
    expect(f.total.recoveredFen).toBe(123_456_78);
    expect(f.total.averageDaysToClose).toBe(101);
    expect(f.byType.resumed.averageDaysToClose).toBeNull();
  });

  it('sums recovered money exactly in fen and averages days to close per type', () => {
    const closed = (acceptedOn: string, closedOn: string, recoveredFen: number): CaseFact =>
      kase({ acceptedOn, closedOn, closingMode: 'settlement', recoveredFen });
    const f = computeTeamFigures(
      facts({
        cases: [
          closed('2025-01-01', '2025-01-11', 10), // 10 days
          closed('2025-01-01', '2025-01-12', 20), // 11 days
          closed('2025-01-01', '2025-03-26', 999_999_999_999_99), // 84 days, as in the article
          kase({
            type: 'preservation',
            acceptedOn: '2025-05-05',
            closedOn: '2025-05-05',
            closingMode: 'terminated',
          }),
        ],
      }),
      H1_2025,
      chinaDate,
    );
    expect(f.byType.first.recoveredFen).toBe(999_999_999_999_99 + 30);
    expect(f.byType.first.daysToCloseTotal).toBe(105);
    expect(f.byType.first.averageDaysToClose).toBe(35);
    expect(f.byType.preservation.averageDaysToClose).toBe(0);
    expect(f.total.averageDaysToClose).toBe(105 / 4);
    expect(f.closedByMode).toEqual({
      fully_performed: 0,
      settlement: 3,
      terminated_this_round: 0,
      terminated: 1,
    });
  });

  it('draws the trend month by month, or day by day for a month', () => {
    const cases = [
      kase({ acceptedOn: '2025-02-03' }),
      kase({ acceptedOn: '2025-02-28', closedOn: '2025-04-01', closingMode: 'settlement' }),
    ];
    const half = computeTeamFigures(facts({ cases }), H1_2025, chinaDate);
    expect(half.trend.map((p) => [p.from, p.accepted, p.closed])).toEqual([
      ['2025-01-01', 0, 0],
      ['2025-02-01', 2, 0],
      ['2025-03-01', 0, 0],
      ['2025-04-01', 0, 1],
      ['2025-05-01', 0, 0],
      ['2025-06-01', 0, 0],
    ]);
    const feb = computeTeamFigures(facts({ cases }), { kind: 'month', year: 2025, index: 2 }, chinaDate);
    expect(feb.trend).toHaveLength(28);
    expect(feb.trend[2]).toMatchObject({ from: '2025-02-03', accepted: 1 });
    expect(feb.trend[27]).toMatchObject({ from: '2025-02-28', accepted: 1, closed: 0 });
  });

  it('counts visits per officer present by the local date they started, and returned visits waiting', () => {
    const wang = { userId: 'u1', name: '王建国' };
    const li = { userId: 'u2', name: '李敏' };
    const f = computeTeamFigures(
      facts({
        visits: [
          makeVisit({ officersPresent: [wang, li] }),
          makeVisit({ officersPresent: [li], state: 'returned' }),
          // 07:30 on 1 July in Baotou is still 30 June in UTC: July, outside H1.
          makeVisit({ officersPresent: [wang], startedAt: '2025-06-30T23:30:00Z', state: 'returned' }),
          // 00:30 on 1 January in Baotou: inside H1.
          makeVisit({ officersPresent: [wang], startedAt: '2024-12-31T16:30:00Z' }),
        ],
      }),
      H1_2025,
      chinaDate,
    );
    expect(f.visitsInPeriod).toBe(3);
    expect(f.visitsByOfficer).toEqual([
      // Equal counts fall back to pinyin order: 李 (lǐ) before 王 (wáng).
      { userId: 'u2', name: '李敏', visits: 2 },
      { userId: 'u1', name: '王建国', visits: 2 },
    ]);
    // Waiting now, whatever the period: both returned visits.
    expect(f.returnedVisitsWaiting).toBe(2);
  });

  it('counts transfer flags raised in the period and passes open conflicts through', () => {
    const f = computeTeamFigures(
      facts({
        transferFlags: [
          { flaggedAt: '2025-03-03T02:00:00.000Z' },
          { flaggedAt: '2025-06-30T17:00:00.000Z' }, // 1 July 01:00 China time
          { flaggedAt: '2024-06-30T00:00:00.000Z' },
        ],
        openConflicts: 4,
      }),
      H1_2025,
      chinaDate,
    );
    expect(f.transferFlagsInPeriod).toBe(1);
    expect(f.transferFlagsTotal).toBe(3);
    expect(f.openConflicts).toBe(4);
  });

  it('over a generated court, per-type figures add up to the totals and match a direct count', () => {
    const now = new Date('2025-07-01T04:00:00Z');
    const court = generateDemoCourt({ seed: 7, caseCount: 1460, now });
    const period = periodOf('half', '2025-06-30');
    const f = computeTeamFigures(facts({ cases: court.cases }), period, chinaDate);
    const inH1 = (d: string | null) => d !== null && d >= '2025-01-01' && d < '2025-07-01';
    expect(f.total.accepted).toBe(court.cases.filter((c) => inH1(c.acceptedOn)).length);
    expect(f.total.closed).toBe(court.cases.filter((c) => inH1(c.closedOn)).length);
    expect(f.total.recoveredFen).toBe(
      court.cases.filter((c) => inH1(c.closedOn)).reduce((s, c) => s + c.recoveredFen, 0),
    );
    const types = Object.values(f.byType);
    expect(types.reduce((s, t) => s + t.accepted, 0)).toBe(f.total.accepted);
    expect(types.reduce((s, t) => s + t.closed, 0)).toBe(f.total.closed);
    expect(types.reduce((s, t) => s + t.recoveredFen, 0)).toBe(f.total.recoveredFen);
    expect(Object.values(f.closedByMode).reduce((s, n) => s + n, 0)).toBe(f.total.closed);
    expect(f.trend.reduce((s, p) => s + p.accepted, 0)).toBe(f.total.accepted);
    expect(f.trend.reduce((s, p) => s + p.closed, 0)).toBe(f.total.closed);
    expect(f.total.accepted).toBeGreaterThan(500);
    expect(Number.isInteger(f.total.recoveredFen)).toBe(true);
  });
});
