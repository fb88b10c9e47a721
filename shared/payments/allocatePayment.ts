import type { DebtorCode } from '../debtor/debtorMessages';
import { formatYuan, type Fen } from '../domain/money';
import { assert, unreachable } from '../util/assert';
import type { AllocationPart, AllocationRule } from './allocationRule';

/** A case of the debtor as allocation sees it: what is still owed on it today. */
export type CaseOutstanding = { caseId: string; outstandingFen: Fen };

export type AllocationResult =
  { ok: true; parts: AllocationPart[] } | { ok: false; code: DebtorCode; params?: Record<string, string> };

const fail = (code: DebtorCode, params?: Record<string, string>): AllocationResult =>
  params ? { ok: false, code, params } : { ok: false, code };

/**
 * Splits `amountFen` among the debtor's cases by `rule` (docs/debtor.md, "Allocation"). The parts always
 * add up to the amount, are whole fen and never negative; cases that receive nothing are left out. No case
 * receives more than its outstanding unless the rule says `allowExcess`; otherwise the call is refused
 * with a code, never silently capped, because money the court holds must land on some case.
 */
export function allocatePayment(
  amountFen: Fen,
  cases: readonly CaseOutstanding[],
  rule: AllocationRule,
): AllocationResult {
  assert(Number.isSafeInteger(amountFen) && amountFen >= 0, 'amountFen is whole, non-negative fen');
  const known = new Map(cases.map((c) => [c.caseId, c.outstandingFen]));
  const ids = rule.rule === 'agreed' ? rule.parts.map((p) => p.caseId) : rule.caseIds;
  if (ids.length === 0) return fail('payment.noCases');
  if (new Set(ids).size !== ids.length) return fail('payment.duplicateCase');
  if (ids.some((id) => !known.has(id))) return fail('payment.unknownCase');
  const chosen = ids.map((caseId) => ({ caseId, outstandingFen: known.get(caseId)! }));
  switch (rule.rule) {
    case 'pro_rata':
      return proRata(amountFen, chosen, rule.allowExcess);
    case 'in_order':
      return inOrder(amountFen, chosen, rule.allowExcess);
    case 'agreed':
      return agreed(amountFen, chosen, rule.parts, rule.allowExcess);
    default:
      return unreachable(rule);
  }
}

function totalOf(cases: readonly CaseOutstanding[]): Fen {
  return cases.reduce((s, c) => s + c.outstandingFen, 0);
}

function exceeds(amountFen: Fen, outstanding: Fen): AllocationResult {
  return fail('payment.exceedsOutstanding', {
    amount: formatYuan(amountFen),
    outstanding: formatYuan(outstanding),
  });
}

const nonZero = (parts: AllocationPart[]) => parts.filter((p) => p.amountFen > 0);

/**
 * Largest-remainder (Hamilton) rounding: each case first gets the floor of its exact share
 * amount × outstanding ÷ total; the few fen left (fewer than the number of cases) go one each to the cases
 * with the largest remainders, ties by the stated order. So every part is within 1 fen of its exact share,
 * and no part exceeds its case's outstanding when the amount does not exceed the total. BigInt because
 * amount × outstanding can pass 2^53.
 */
function proRata(amountFen: Fen, cases: CaseOutstanding[], allowExcess: boolean): AllocationResult {
  const total = totalOf(cases);
  if (total === 0) return fail('payment.nothingOutstanding');
  if (amountFen > total && !allowExcess) return exceeds(amountFen, total);
  const a = BigInt(amountFen);
  const t = BigInt(total);
  const shares = cases.map((c, index) => {
    const exact = a * BigInt(c.outstandingFen);
    return { index, base: exact / t, remainder: exact % t };
  });
  let left = a - shares.reduce((s, x) => s + x.base, 0n);
  const byRemainder = [...shares].sort((x, y) =>
    x.remainder === y.remainder ? x.index - y.index : x.remainder > y.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (left === 0n) break;
    share.base += 1n;
    left -= 1n;
  }
  return {
    ok: true,
    parts: nonZero(cases.map((c, i) => ({ caseId: c.caseId, amountFen: Number(shares[i]!.base) }))),
  };
}

/** Fills each case up to its outstanding in the stated order; an allowed excess lands on the last case. */
function inOrder(amountFen: Fen, cases: CaseOutstanding[], allowExcess: boolean): AllocationResult {
  const total = totalOf(cases);
  if (total === 0 && !allowExcess) return fail('payment.nothingOutstanding');
  if (amountFen > total && !allowExcess) return exceeds(amountFen, total);
  let left = amountFen;
  const parts = cases.map((c) => {
    const part = Math.min(left, c.outstandingFen);
    left -= part;
    return { caseId: c.caseId, amountFen: part };
  });
  parts[parts.length - 1]!.amountFen += left;
  return { ok: true, parts: nonZero(parts) };
}

function agreed(
  amountFen: Fen,
  cases: CaseOutstanding[],
  parts: readonly AllocationPart[],
  allowExcess: boolean,
): AllocationResult {
  const sum = parts.reduce((s, p) => s + p.amountFen, 0);
  if (sum !== amountFen) {
    return fail('payment.partsDoNotSum', { sum: formatYuan(sum), amount: formatYuan(amountFen) });
  }
  if (!allowExcess) {
    for (const [i, p] of parts.entries()) {
      const outstanding = cases[i]!.outstandingFen;
      if (p.amountFen > outstanding) {
        return fail('payment.partExceedsOutstanding', {
          part: formatYuan(p.amountFen),
          outstanding: formatYuan(outstanding),
        });
      }
    }
  }
  return { ok: true, parts: nonZero(parts.map((p) => ({ ...p }))) };
}
