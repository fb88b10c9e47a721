import { z } from 'zod';
import { validateCaseNumber } from '../validation/caseNumber';
import { caseTypeSchema } from './caseType';
import { caseStatusSchema } from './caseStatus';
import { closingModeSchema } from './closingMode';
import { fenSchema } from './money';
import { partySchema } from './party';

export const caseNumberSchema = z.string().transform((v, ctx) => {
  const r = validateCaseNumber(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.code });
    return z.NEVER;
  }
  return r.value.canonical;
});

const isoDate = z.iso.date();

/** The amount set by the effective legal document 生效法律文书: principal + interest + costs, in fen. */
export const claimSchema = z.object({
  principalFen: fenSchema,
  interestFen: fenSchema,
  costsFen: fenSchema,
});
export type Claim = z.infer<typeof claimSchema>;

export const officerRefSchema = z.object({ userId: z.string().min(1), name: z.string().min(1).max(50) });
export type OfficerRef = z.infer<typeof officerRefSchema>;

/** An enforcement case 执行案件 as the app and the court server both see it. */
export const caseSchema = z
  .object({
    id: z.string().min(1),
    caseNumber: caseNumberSchema,
    type: caseTypeSchema,
    status: caseStatusSchema,
    closingMode: closingModeSchema.nullable(),
    acceptedOn: isoDate,
    closedOn: isoDate.nullable(),
    courtName: z.string().min(1).max(100),
    teamId: z.string().min(1),
    applicants: z.array(partySchema).min(1),
    respondents: z.array(partySchema).min(1),
    claim: claimSchema,
    recoveredFen: fenSchema,
    officers: z.array(officerRefSchema),
    /** Free notes by the team; not part of the legal document. */
    notes: z.string().max(5000),
    /** Demo data is marked so it can never be mistaken for a real case. */
    isDemo: z.boolean(),
  })
  .refine((c) => (c.status === 'closed') === (c.closingMode !== null), {
    error: 'case.closingModeMismatch',
    path: ['closingMode'],
  })
  .refine((c) => (c.status === 'closed') === (c.closedOn !== null), {
    error: 'case.closedOnMismatch',
    path: ['closedOn'],
  })
  .refine((c) => c.closedOn === null || c.closedOn >= c.acceptedOn, {
    error: 'case.closedBeforeAccepted',
    path: ['closedOn'],
  });
export type Case = z.infer<typeof caseSchema>;

/** Claim total in fen. */
export function claimTotal(claim: Claim): number {
  return claim.principalFen + claim.interestFen + claim.costsFen;
}

/** What is still owed: claim minus recovered, never below zero. */
export function outstandingFen(c: Pick<Case, 'claim' | 'recoveredFen'>): number {
  return Math.max(0, claimTotal(c.claim) - c.recoveredFen);
}
