import type { DebtorCode } from '../debtor/debtorMessages';
import type { OfficerRef } from '../domain/case';
import type { IsoDate } from '../legalCalendar/calendarDate';
import type { Payment } from './payment';

/** What a correction may change: the facts of the receipt and its allocation, never who the debtor is. */
export type PaymentFix = Partial<
  Pick<Payment, 'receivedOn' | 'amountFen' | 'payer' | 'method' | 'reference' | 'rule' | 'parts'>
>;

export type CorrectPaymentInput = {
  /** Every payment of the debtor, so a record already corrected cannot be corrected a second time. */
  payments: readonly Payment[];
  original: Payment;
  fix: PaymentFix;
  reason: string;
  id: string;
  recordedBy: OfficerRef;
  recordedOn: IsoDate;
};

export type CorrectPaymentResult = { ok: true; payment: Payment } | { ok: false; code: DebtorCode };

/**
 * A correction of a write-once payment: a new record linked to the one it corrects, with the reason. The
 * original is returned untouched (it stays in the record). The new record is not validated here: the
 * caller parses it with `paymentSchema` like any other, which checks that its parts add up. Correcting a
 * record that another record already corrects would fork the chain, so it is refused.
 */
export function correctPayment(input: CorrectPaymentInput): CorrectPaymentResult {
  const reason = input.reason.trim();
  if (reason.length === 0) return { ok: false, code: 'payment.correctionReasonRequired' };
  if (input.payments.some((p) => p.corrects?.paymentId === input.original.id)) {
    return { ok: false, code: 'payment.alreadyCorrected' };
  }
  return {
    ok: true,
    payment: {
      ...input.original,
      ...input.fix,
      id: input.id,
      recordedBy: input.recordedBy,
      recordedOn: input.recordedOn,
      corrects: { paymentId: input.original.id, reason },
    },
  };
}
