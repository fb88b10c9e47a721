import { z } from 'zod';
import { unreachable } from '../util/assert';

/**
 * The periods a court reports its figures over: a month, a quarter, a half-year (the article's H1 2025) or a
 * calendar year. Periods are calendar dates, not instants: a case accepted on 2025-06-30 belongs to H1
 * wherever the device is.
 */
export const PERIOD_KINDS = ['month', 'quarter', 'half', 'year'] as const;
export const periodKindSchema = z.enum(PERIOD_KINDS);
export type PeriodKind = z.infer<typeof periodKindSchema>;

/** One period: `index` counts from 1 within the year (month 1–12, quarter 1–4, half 1–2, year always 1). */
export type ReportPeriod = { kind: PeriodKind; year: number; index: number };

/** First and last ISO date of a period, and the first date after it (`until`, exclusive). */
export type PeriodRange = { from: string; until: string };

/** How many months one period of a kind spans. */
export function monthsIn(kind: PeriodKind): number {
  switch (kind) {
    case 'month':
      return 1;
    case 'quarter':
      return 3;
    case 'half':
      return 6;
    case 'year':
      return 12;
    default:
      return unreachable(kind);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date of the first day of `month` (1-based; 13 rolls into the next year). */
export function firstOfMonth(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return `${String(y).padStart(4, '0')}-${pad(m)}-01`;
}

/** The period of `kind` that contains an ISO date (YYYY-MM-DD). */
export function periodOf(kind: PeriodKind, isoDate: string): ReportPeriod {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return { kind, year, index: Math.floor((month - 1) / monthsIn(kind)) + 1 };
}

/** The dates a period covers: a date `d` is in it when `from <= d < until` (ISO dates compare as text). */
export function periodRange(p: ReportPeriod): PeriodRange {
  const span = monthsIn(p.kind);
  const firstMonth = (p.index - 1) * span + 1;
  return { from: firstOfMonth(p.year, firstMonth), until: firstOfMonth(p.year, firstMonth + span) };
}

/** The last date inside a range (the day before `until`). */
export function lastDayOf(range: PeriodRange): string {
  const u = range.until;
  return new Date(Date.UTC(+u.slice(0, 4), +u.slice(5, 7) - 1, +u.slice(8, 10)) - 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** The period `steps` periods after `p` (before it when negative). */
export function shiftPeriod(p: ReportPeriod, steps: number): ReportPeriod {
  const perYear = 12 / monthsIn(p.kind);
  const ordinal = p.year * perYear + (p.index - 1) + steps;
  return { kind: p.kind, year: Math.floor(ordinal / perYear), index: (ordinal % perYear) + 1 };
}

/** A stable text key for a period: "2025-06", "2025-Q2", "2025-H1", "2025". */
export function periodKey(p: ReportPeriod): string {
  switch (p.kind) {
    case 'month':
      return `${p.year}-${pad(p.index)}`;
    case 'quarter':
      return `${p.year}-Q${p.index}`;
    case 'half':
      return `${p.year}-H${p.index}`;
    case 'year':
      return String(p.year);
    default:
      return unreachable(p.kind);
  }
}

/** Every period of `kind` from the one containing one date to the one containing the other, newest first. */
export function periodsBetween(kind: PeriodKind, fromDate: string, toDate: string): ReportPeriod[] {
  const [earlier, later] = fromDate < toDate ? [fromDate, toDate] : [toDate, fromDate];
  const first = periodOf(kind, earlier);
  const last = periodOf(kind, later);
  const out: ReportPeriod[] = [];
  for (let p = last; periodRange(p).from >= periodRange(first).from; p = shiftPeriod(p, -1)) out.push(p);
  return out;
}
