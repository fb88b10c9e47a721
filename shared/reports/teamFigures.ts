import { CASE_TYPES, type CaseType } from '../domain/caseType';
import { CLOSING_MODES, type ClosingMode } from '../domain/closingMode';
import { daysBetween } from '../domain/daysBetween';
import { periodRange, type PeriodRange, type ReportPeriod } from './reportPeriod';
import type { TeamFacts } from './teamFacts';
import { trendBuckets, type TrendBucket } from './trendBuckets';

/** The court's figures for one case type (or all types) over a period. */
export type CaseFigures = {
  accepted: number;
  closed: number;
  /** Recovered on the cases closed in the period, in fen (see `computeTeamFigures`). */
  recoveredFen: number;
  /** Sum of days from acceptance to closing over the closed cases: exact, for averaging anywhere. */
  daysToCloseTotal: number;
  /** Mean days to close over the closed cases; null when none closed. */
  averageDaysToClose: number | null;
};

export type TrendPoint = TrendBucket & { accepted: number; closed: number };
export type OfficerVisits = { userId: string; name: string; visits: number };

export type TeamFigures = PeriodRange & {
  total: CaseFigures;
  byType: Record<CaseType, CaseFigures>;
  closedByMode: Record<ClosingMode, number>;
  trend: TrendPoint[];
  /** Visits started in the period per officer present, most visits first. */
  visitsByOfficer: OfficerVisits[];
  visitsInPeriod: number;
  /** Possible asset transfers raised in the period, and on the device in all. */
  transferFlagsInPeriod: number;
  transferFlagsTotal: number;
  /** Standing figures, not tied to the period: what is waiting now. */
  openConflicts: number;
  returnedVisitsWaiting: number;
};

type Tally = { accepted: number; closed: number; recoveredFen: number; daysToCloseTotal: number };
const emptyTally = (): Tally => ({ accepted: 0, closed: 0, recoveredFen: 0, daysToCloseTotal: 0 });
const finish = (t: Tally): CaseFigures => ({
  ...t,
  averageDaysToClose: t.closed === 0 ? null : t.daysToCloseTotal / t.closed,
});

/**
 * A team's figures over one period, from the data on the device.
 *
 * - accepted: cases whose `acceptedOn` falls in the period; closed: cases whose `closedOn` does (so a case
 *   accepted last year and closed this quarter counts as closed this quarter, as court statistics count it).
 * - recovered: a case carries only its running total, not dated payments, so the amount is counted when the
 *   case closes — the recovered total of the cases closed in the period. It is integer fen throughout.
 * - days to close: from `acceptedOn` to `closedOn` of the cases closed in the period.
 *
 * `localDate` turns an instant (visit start, flag time) into the device's calendar date, because a visit at
 * 07:30 in Baotou on 1 July belongs to July although it is still 30 June in UTC.
 */
export function computeTeamFigures(
  facts: TeamFacts,
  period: ReportPeriod,
  localDate: (isoInstant: string) => string,
): TeamFigures {
  const { from, until } = periodRange(period);
  const isIn = (d: string | null) => d !== null && d >= from && d < until;
  const tallies = { first: emptyTally(), resumed: emptyTally(), preservation: emptyTally() };
  const total = emptyTally();
  const closedByMode = Object.fromEntries(CLOSING_MODES.map((m) => [m, 0])) as Record<ClosingMode, number>;
  const trend: TrendPoint[] = trendBuckets(period).map((b) => ({ ...b, accepted: 0, closed: 0 }));
  const bucketKey = (d: string) => (period.kind === 'month' ? d : `${d.slice(0, 7)}-01`);
  const bucketOf = new Map(trend.map((p) => [p.from, p]));

  for (const c of facts.cases) {
    if (isIn(c.acceptedOn)) {
      tallies[c.type].accepted++;
      total.accepted++;
      bucketOf.get(bucketKey(c.acceptedOn))!.accepted++;
    }
    if (c.closedOn !== null && isIn(c.closedOn)) {
      const days = daysBetween(c.acceptedOn, c.closedOn);
      for (const t of [tallies[c.type], total]) {
        t.closed++;
        t.recoveredFen += c.recoveredFen;
        t.daysToCloseTotal += days;
      }
      if (c.closingMode !== null) closedByMode[c.closingMode]++;
      bucketOf.get(bucketKey(c.closedOn))!.closed++;
    }
  }

  const officers = new Map<string, OfficerVisits>();
  let visitsInPeriod = 0;
  for (const v of facts.visits) {
    if (!isIn(localDate(v.startedAt))) continue;
    visitsInPeriod++;
    for (const o of v.officersPresent) {
      const entry = officers.get(o.userId) ?? { userId: o.userId, name: o.name, visits: 0 };
      entry.visits++;
      officers.set(o.userId, entry);
    }
  }

  return {
    from,
    until,
    total: finish(total),
    byType: Object.fromEntries(CASE_TYPES.map((t) => [t, finish(tallies[t])])) as Record<
      CaseType,
      CaseFigures
    >,
    closedByMode,
    trend,
    visitsByOfficer: [...officers.values()].sort(
      (a, b) => b.visits - a.visits || a.name.localeCompare(b.name, 'zh-CN'),
    ),
    visitsInPeriod,
    transferFlagsInPeriod: facts.transferFlags.filter((f) => isIn(localDate(f.flaggedAt))).length,
    transferFlagsTotal: facts.transferFlags.length,
    openConflicts: facts.openConflicts,
    returnedVisitsWaiting: facts.visits.filter((v) => v.state === 'returned').length,
  };
}
