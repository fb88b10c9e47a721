import { dayNumber, termLastDay, type IsoDate } from '../legalCalendar/calendarDate';
import { assert } from '../util/assert';
import { FIVE_CHECK_CLASSES, type FiveCheckClass, type FiveCheckRecord } from './fiveCheckRecord';
import type { FiveChecksCode } from './fiveChecksMessages';

/**
 * Check again every 6 months unless the court sets another period: after a case is closed by termination
 * of this round 终本, the court queries the debtor's property through the online system every six months
 * (最高人民法院《关于严格规范终结本次执行程序的规定（试行）》第九条).
 */
export const DEFAULT_RECHECK_MONTHS = 6;

/** One of the five that needs doing, with the code of its text and the figures the text names. */
export type FiveCheckGap =
  | { checkClass: FiveCheckClass; status: 'never'; code: Extract<FiveChecksCode, 'fiveChecks.neverChecked'> }
  | {
      checkClass: FiveCheckClass;
      status: 'pending';
      code: Extract<FiveChecksCode, 'fiveChecks.pending'>;
      /** When the unanswered query went out. */
      sentOn: IsoDate;
    }
  | {
      checkClass: FiveCheckClass;
      status: 'stale';
      code: Extract<FiveChecksCode, 'fiveChecks.stale'>;
      lastCheckedOn: IsoDate;
      /** The last day the latest answer counted as current. */
      validThrough: IsoDate;
    };

/**
 * Which of the five checks a case still needs on `today`, in the order of `FIVE_CHECK_CLASSES`: `never`
 * checked; `pending` (asked, no answer yet, and no earlier answer); or `stale` — the latest answer
 * (found or nothing found) is older than `periodMonths` (the answer counts through the day before the same
 * date `periodMonths` later, counted as the legal calendar counts terms). A class whose latest answer is
 * current is not listed; a pending query after a current answer changes nothing.
 */
export function fiveChecksDue(
  checks: readonly FiveCheckRecord[],
  today: IsoDate,
  periodMonths: number = DEFAULT_RECHECK_MONTHS,
): FiveCheckGap[] {
  assert(
    Number.isSafeInteger(periodMonths) && periodMonths >= 1,
    'the recheck period is whole months, at least 1',
  );
  const gaps: FiveCheckGap[] = [];
  for (const checkClass of FIVE_CHECK_CLASSES) {
    const ofClass = checks.filter((c) => c.checkClass === checkClass);
    const answered = latest(ofClass.filter((c) => c.result !== 'pending'));
    if (answered === undefined) {
      const pending = latest(ofClass);
      gaps.push(
        pending === undefined
          ? { checkClass, status: 'never', code: 'fiveChecks.neverChecked' }
          : { checkClass, status: 'pending', code: 'fiveChecks.pending', sentOn: pending.checkedOn },
      );
      continue;
    }
    const validThrough = termLastDay(answered.checkedOn, periodMonths);
    if (dayNumber(today) > dayNumber(validThrough)) {
      gaps.push({
        checkClass,
        status: 'stale',
        code: 'fiveChecks.stale',
        lastCheckedOn: answered.checkedOn,
        validThrough,
      });
    }
  }
  return gaps;
}

function latest(checks: readonly FiveCheckRecord[]): FiveCheckRecord | undefined {
  let best: FiveCheckRecord | undefined;
  for (const c of checks) if (best === undefined || c.checkedOn > best.checkedOn) best = c;
  return best;
}
