import { assert } from '../util/assert';
import { daysFromTo, type IsoDate } from '../legalCalendar/calendarDate';
import type { BusinessReport, BusinessReportSchedule } from './businessReport';

export type ReportDue = {
  period: number;
  dueDate: IsoDate;
  state: 'due' | 'overdue';
  /** Whole days past the due date; 0 when due. */
  daysOverdue: number;
};

const daysIn = (y: number, m: number) =>
  m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/**
 * `first` moved `months` months on, the day clamped to the month's end. Always counted from the first due
 * date, never from the previous one, so a schedule from 01-31 runs 02-29, 03-31, 04-30 without drifting.
 */
export function dueDateOf(first: IsoDate, months: number): IsoDate {
  const [y, m, d] = first.split('-').map(Number) as [number, number, number];
  const index = m - 1 + months;
  const year = y + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysIn(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The reports the debtor owes on `today`: every period whose due date has passed with no report received
 * (overdue, from the day after the due date), then the next period not yet received (due). A report received
 * late clears its period. Periods due after `endsOn` are not owed.
 */
export function reportsDue(
  schedule: BusinessReportSchedule,
  received: readonly Pick<BusinessReport, 'period'>[],
  today: IsoDate,
): ReportDue[] {
  const step = schedule.frequency === 'monthly' ? 1 : 3;
  const done = new Set(received.map((r) => r.period));
  const out: ReportDue[] = [];
  for (let period = 1; ; period++) {
    assert(period <= 12_000, 'a report schedule ends within a thousand years');
    const dueDate = dueDateOf(schedule.firstDueDate, (period - 1) * step);
    if (schedule.endsOn !== null && dueDate > schedule.endsOn) break;
    if (done.has(period)) {
      if (dueDate >= today) break;
      continue;
    }
    if (dueDate < today) {
      out.push({ period, dueDate, state: 'overdue', daysOverdue: daysFromTo(dueDate, today) });
      continue;
    }
    out.push({ period, dueDate, state: 'due', daysOverdue: 0 });
    break;
  }
  return out;
}
