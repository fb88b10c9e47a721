import { firstOfMonth, monthsIn, periodRange, type PeriodRange, type ReportPeriod } from './reportPeriod';

/** One step of a trend line inside a period: a month, or a day when the period is a single month. */
export type TrendBucket = PeriodRange & { unit: 'month' | 'day' };

function nextDay(isoDate: string): string {
  const t = Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The steps a period's trend is drawn in. A month split into months would be a single point, so a month is
 * drawn day by day; longer periods month by month.
 */
export function trendBuckets(p: ReportPeriod): TrendBucket[] {
  const { from, until } = periodRange(p);
  const out: TrendBucket[] = [];
  if (p.kind === 'month') {
    for (let d = from; d < until; d = nextDay(d)) out.push({ from: d, until: nextDay(d), unit: 'day' });
    return out;
  }
  const firstMonth = Number(from.slice(5, 7));
  for (let i = 0; i < monthsIn(p.kind); i++) {
    out.push({
      from: firstOfMonth(p.year, firstMonth + i),
      until: firstOfMonth(p.year, firstMonth + i + 1),
      unit: 'month',
    });
  }
  return out;
}
