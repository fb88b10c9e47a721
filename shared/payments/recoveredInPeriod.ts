import type { Fen } from '../domain/money';
import type { IsoDate } from '../legalCalendar/calendarDate';
import { currentPayments } from './currentPayments';
import type { Payment } from './payment';

/**
 * Money that came in during a period, for the dashboard's "amount recovered": current payments whose
 * `receivedOn` lies from `from` to `to`, both days included (ISO dates compare as text). Counted by the day
 * the money arrived, not the day it was recorded or the day a case closed, as the court's period figures are.
 * Given `caseIds`, only the parts allocated to those cases count (e.g. the team's own cases).
 */
export function recoveredInPeriod(
  payments: readonly Payment[],
  from: IsoDate,
  to: IsoDate,
  caseIds?: ReadonlySet<string>,
): Fen {
  let sum = 0;
  for (const p of currentPayments(payments)) {
    if (p.receivedOn < from || p.receivedOn > to) continue;
    if (caseIds === undefined) sum += p.amountFen;
    else for (const part of p.parts) if (caseIds.has(part.caseId)) sum += part.amountFen;
  }
  return sum;
}
