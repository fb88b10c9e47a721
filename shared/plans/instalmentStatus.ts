import type { Fen } from '../domain/money';
import { daysFromTo, type IsoDate } from '../legalCalendar/calendarDate';
import { currentPayments } from '../payments/currentPayments';
import type { Payment } from '../payments/payment';
import type { PerformancePlan } from './performancePlan';

export type InstalmentState = 'paid' | 'partly_paid' | 'due' | 'overdue';

export type InstalmentStatus = {
  instalmentId: string;
  dueDate: IsoDate;
  /** The due date after the latest agreed extension 宽限; the due date itself when there is none. */
  effectiveDueDate: IsoDate;
  amountFen: Fen;
  paidFen: Fen;
  state: InstalmentState;
  /** The day the payment that completed it arrived; null until paid in full. */
  paidOn: IsoDate | null;
  /** Whole days past the effective due date; 0 unless overdue. */
  daysOverdue: number;
};

/** The latest agreed grace of each instalment (by agreement date, then by place in the list). */
function effectiveDueDates(plan: PerformancePlan): Map<string, IsoDate> {
  const latest = new Map<string, { agreedOn: IsoDate; extendedTo: IsoDate }>();
  for (const g of plan.graces) {
    const known = latest.get(g.instalmentId);
    if (known === undefined || g.agreedOn >= known.agreedOn) latest.set(g.instalmentId, g);
  }
  return new Map(plan.instalments.map((i) => [i.id, latest.get(i.id)?.extendedTo ?? i.dueDate]));
}

/**
 * Each instalment's standing on `today` (docs/debtor.md, "Instalment status"). The money counted is every
 * current payment received from the plan's `startsOn` to `today`, and of each payment only the parts
 * allocated to the plan's cases. Payments are applied in the order they arrived, each to the oldest
 * instalment not yet paid (by due date, ties by the plan's order), so a late payment clears the arrears first.
 * An instalment is overdue from the day after its effective due date: the due day itself is still in time.
 * Overdue wins over partly paid: money short after the deadline is a missed instalment.
 */
export function instalmentStatus(
  plan: PerformancePlan,
  payments: readonly Payment[],
  today: IsoDate,
): InstalmentStatus[] {
  const planCases = new Set(plan.caseIds);
  const dueOn = effectiveDueDates(plan);
  const ordered = plan.instalments
    .map((instalment, index) => ({ instalment, index, paidFen: 0, paidOn: null as IsoDate | null }))
    .sort((a, b) =>
      a.instalment.dueDate === b.instalment.dueDate
        ? a.index - b.index
        : a.instalment.dueDate < b.instalment.dueDate
          ? -1
          : 1,
    );
  const received = currentPayments(payments)
    .filter((p) => p.receivedOn >= plan.startsOn && p.receivedOn <= today)
    .sort((a, b) => (a.receivedOn === b.receivedOn ? 0 : a.receivedOn < b.receivedOn ? -1 : 1));
  for (const payment of received) {
    let left = payment.parts.reduce((s, p) => (planCases.has(p.caseId) ? s + p.amountFen : s), 0);
    for (const slot of ordered) {
      if (left === 0) break;
      const missing = slot.instalment.amountFen - slot.paidFen;
      if (missing === 0) continue;
      const applied = Math.min(missing, left);
      slot.paidFen += applied;
      left -= applied;
      if (slot.paidFen === slot.instalment.amountFen) slot.paidOn = payment.receivedOn;
    }
  }
  return ordered.map(({ instalment, paidFen, paidOn }) => {
    const effectiveDueDate = dueOn.get(instalment.id)!;
    const isPaid = paidFen === instalment.amountFen;
    const isLate = !isPaid && today > effectiveDueDate;
    const state: InstalmentState = isPaid ? 'paid' : isLate ? 'overdue' : paidFen > 0 ? 'partly_paid' : 'due';
    return {
      instalmentId: instalment.id,
      dueDate: instalment.dueDate,
      effectiveDueDate,
      amountFen: instalment.amountFen,
      paidFen,
      state,
      paidOn,
      daysOverdue: isLate ? daysFromTo(effectiveDueDate, today) : 0,
    };
  });
}
