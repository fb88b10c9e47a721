import { z } from 'zod';
import { fenSchema } from '../domain/money';
import type { DebtorCode } from '../debtor/debtorMessages';

/** One case's share of a payment or an instalment, in integer fen. */
export const allocationPartSchema = z.object({ caseId: z.string().min(1), amountFen: fenSchema });
export type AllocationPart = z.infer<typeof allocationPartSchema>;

/**
 * How money is split among a debtor's cases (see docs/debtor.md):
 * - `pro_rata`: in proportion to each case's outstanding amount; the fen left by rounding down go one each by
 *   largest remainder, ties by the order the cases are listed in (`caseIds`).
 * - `in_order`: fill the first case up to its outstanding, then the second, and so on (`caseIds` is the order).
 * - `agreed`: explicit parts agreed with the parties; they must add up to the amount.
 *
 * `allowExcess` says, explicitly, that a case may receive more than its outstanding (e.g. the debtor pays
 * costs not yet booked); without it allocation refuses rather than over-allocate.
 */
export const allocationRuleSchema = z.discriminatedUnion('rule', [
  z.object({
    rule: z.literal('pro_rata'),
    caseIds: z.array(z.string().min(1)).min(1, { error: 'payment.noCases' satisfies DebtorCode }),
    allowExcess: z.boolean(),
  }),
  z.object({
    rule: z.literal('in_order'),
    caseIds: z.array(z.string().min(1)).min(1, { error: 'payment.noCases' satisfies DebtorCode }),
    allowExcess: z.boolean(),
  }),
  z.object({
    rule: z.literal('agreed'),
    parts: z.array(allocationPartSchema).min(1, { error: 'payment.noCases' satisfies DebtorCode }),
    allowExcess: z.boolean(),
  }),
]);
export type AllocationRule = z.infer<typeof allocationRuleSchema>;
