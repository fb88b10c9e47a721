import type { Payment } from './payment';

/**
 * The payments that count: every record not corrected by a later one. A correction of a correction
 * supersedes both, so each chain of corrections counts once, by its latest record.
 */
export function currentPayments<P extends Pick<Payment, 'id' | 'corrects'>>(payments: readonly P[]): P[] {
  const superseded = new Set<string>();
  for (const p of payments) if (p.corrects !== null) superseded.add(p.corrects.paymentId);
  return payments.filter((p) => !superseded.has(p.id));
}
