import type { Fen } from '../domain/money';
import { currentPayments } from './currentPayments';
import type { Payment } from './payment';

/** A case's recovered amount 执行到位金额: the sum of its parts of every current (uncorrected) payment. */
export function caseRecoveredFen(payments: readonly Payment[], caseId: string): Fen {
  let sum = 0;
  for (const p of currentPayments(payments)) {
    for (const part of p.parts) if (part.caseId === caseId) sum += part.amountFen;
  }
  return sum;
}
