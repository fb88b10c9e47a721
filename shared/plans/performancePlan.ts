import { z } from 'zod';
import { officerRefSchema } from '../domain/case';
import { fenSchema } from '../domain/money';
import type { DebtorCode } from '../debtor/debtorMessages';
import { isoDateSchema } from '../legalCalendar/calendarDate';
import { allocationRuleSchema } from '../payments/allocationRule';
import { consentSchema } from './consent';

/** One instalment 分期: what is due by when, and how it is meant to split among the plan's cases. */
export const instalmentSchema = z.object({
  id: z.string().min(1),
  dueDate: isoDateSchema,
  amountFen: fenSchema.refine((v) => v > 0, { error: 'payment.amountZero' satisfies DebtorCode }),
  rule: allocationRuleSchema,
});
export type Instalment = z.infer<typeof instalmentSchema>;

/** An extended deadline 宽限 agreed for one instalment. Write-once; the latest agreed one applies. */
export const graceSchema = z.object({
  id: z.string().min(1),
  instalmentId: z.string().min(1),
  extendedTo: isoDateSchema,
  agreedOn: isoDateSchema,
  note: z.string().max(1000),
});
export type Grace = z.infer<typeof graceSchema>;

/** What the plan says happens on default: forced measures resume after this many overdue instalments. */
export const planConditionsSchema = z.object({
  resumeAfterMissed: z.number().int().min(1).max(120),
});

/**
 * A performance plan 履行计划 (or settlement 和解) over one or many cases of a debtor. A plan is never
 * edited once agreed: graces and consents are appended, and a change of terms is a new version
 * (`revisePlan`) whose `previousVersion` names the old one, which stays in the history.
 */
export const performancePlanSchema = z
  .object({
    id: z.string().min(1),
    debtorKey: z.string().min(1),
    caseIds: z.array(z.string().min(1)).min(1, { error: 'payment.noCases' satisfies DebtorCode }),
    version: z.number().int().min(1),
    previousVersion: z.object({ planId: z.string().min(1), reason: z.string().trim().min(1) }).nullable(),
    agreedOn: isoDateSchema,
    /** Payments received on or after this day count towards the instalments. */
    startsOn: isoDateSchema,
    instalments: z.array(instalmentSchema).min(1, { error: 'plan.noInstalments' satisfies DebtorCode }),
    graces: z.array(graceSchema),
    consents: z.array(consentSchema),
    conditions: planConditionsSchema,
    recordedBy: officerRefSchema,
  })
  .superRefine((plan, ctx) => {
    const due = new Map(plan.instalments.map((i) => [i.id, i.dueDate]));
    if (due.size !== plan.instalments.length) {
      ctx.addIssue({
        code: 'custom',
        message: 'plan.duplicateInstalment' satisfies DebtorCode,
        path: ['instalments'],
      });
    }
    for (const [i, grace] of plan.graces.entries()) {
      const dueDate = due.get(grace.instalmentId);
      if (dueDate === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'plan.graceUnknownInstalment' satisfies DebtorCode,
          path: ['graces', i],
        });
      } else if (grace.extendedTo <= dueDate) {
        ctx.addIssue({
          code: 'custom',
          message: 'plan.graceNotLater' satisfies DebtorCode,
          path: ['graces', i, 'extendedTo'],
        });
      }
    }
    const consentIds = new Set(plan.consents.map((c) => c.id));
    for (const [i, consent] of plan.consents.entries()) {
      if (!plan.caseIds.includes(consent.caseId)) {
        ctx.addIssue({
          code: 'custom',
          message: 'plan.consentUnknownCase' satisfies DebtorCode,
          path: ['consents', i],
        });
      }
      if (consent.supersedes !== null && !consentIds.has(consent.supersedes)) {
        ctx.addIssue({
          code: 'custom',
          message: 'plan.consentUnknownSupersedes' satisfies DebtorCode,
          path: ['consents', i],
        });
      }
    }
  });
export type PerformancePlan = z.infer<typeof performancePlanSchema>;
