import { z } from 'zod';
import { officerRefSchema } from '../domain/case';
import { fenSchema } from '../domain/money';
import type { DebtorCode } from '../debtor/debtorMessages';
import { isoDateSchema } from '../legalCalendar/calendarDate';
import { allocationPartSchema, allocationRuleSchema } from './allocationRule';

/** How the money arrived: bank transfer 转账, cash 现金, cheque 支票, the court's account 执行款专户, other. */
export const PAYMENT_METHODS = ['bank_transfer', 'cash', 'cheque', 'court_account', 'other'] as const;
export const paymentMethodSchema = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'payment.textRequired' satisfies DebtorCode })
    .max(max, { error: 'text.tooLong' });

/** Marks a payment record as the correction of an earlier one; the earlier record stays as it was. */
export const paymentCorrectionSchema = z.object({
  paymentId: z.string().min(1),
  reason: z
    .string()
    .trim()
    .min(1, { error: 'payment.correctionReasonRequired' satisfies DebtorCode })
    .max(1000, { error: 'text.tooLong' }),
});
export type PaymentCorrection = z.infer<typeof paymentCorrectionSchema>;

/**
 * A dated receipt of money from a debtor 执行款, allocated to one or more of its cases. Write-once: once
 * recorded it is never edited; a mistake is put right by a new record whose `corrects` names it
 * (`correctPayment`). `parts` are the allocation as computed on the day (outstanding amounts change later,
 * so they are stored, not recomputed) and always add up to `amountFen`.
 */
export const paymentSchema = z
  .object({
    id: z.string().min(1),
    /** The debtor's key: credit code or resident ID number (`partyKey`). */
    debtorKey: z.string().min(1),
    /** The day the money arrived: period figures count it on this date. */
    receivedOn: isoDateSchema,
    amountFen: fenSchema,
    payer: text(200),
    method: paymentMethodSchema,
    /** Receipt number or bank transfer reference. */
    reference: text(100),
    recordedBy: officerRefSchema,
    recordedOn: isoDateSchema,
    rule: allocationRuleSchema,
    parts: z.array(allocationPartSchema),
    corrects: paymentCorrectionSchema.nullable(),
  })
  .refine((p) => p.amountFen > 0 || p.corrects !== null, {
    error: 'payment.amountZero' satisfies DebtorCode,
    path: ['amountFen'],
  })
  .refine((p) => p.parts.reduce((s, x) => s + x.amountFen, 0) === p.amountFen, {
    error: 'payment.partsDoNotSum' satisfies DebtorCode,
    path: ['parts'],
  })
  .refine((p) => new Set(p.parts.map((x) => x.caseId)).size === p.parts.length, {
    error: 'payment.duplicateCase' satisfies DebtorCode,
    path: ['parts'],
  });
export type Payment = z.infer<typeof paymentSchema>;
