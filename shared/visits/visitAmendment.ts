import { z } from 'zod';
import { jsonSchema } from '../sync/mutation';
import { isNotBlank } from './isNotBlank';
import type { VisitCode } from './visitMessages';

const datetime = z.iso.datetime({ offset: true, error: 'visit.datetime' satisfies VisitCode });

/**
 * An amendment 补正 to an approved visit record. Approved records are legal records: a later change is never
 * written into the visit silently; it is proposed here, with its reason and the exact field changes
 * (`from` = the approved value, `to` = the proposed one), and stays visible whatever the reviewer decides.
 * Opening one moves the visit from `approved` to `amended`; the decision moves it back to `approved`.
 */
export const visitAmendmentSchema = z
  .object({
    id: z.string().min(1),
    visitId: z.string().min(1),
    caseId: z.string().min(1),
    openedBy: z.string().min(1),
    openedAt: datetime,
    reason: z
      .string()
      .max(2000, { error: 'text.tooLong' })
      .refine(isNotBlank, { error: 'visit.amendmentReasonRequired' satisfies VisitCode }),
    /** Field path in the visit (e.g. `findings`, `signature.refusalNote`) → approved value and proposed value. */
    changes: z.record(z.string().min(1), z.object({ from: jsonSchema, to: jsonSchema })),
    decision: z.enum(['pending', 'accepted', 'rejected']),
    decidedBy: z.string().min(1).nullable(),
    decidedAt: datetime.nullable(),
    reviewComment: z.string().max(2000, { error: 'text.tooLong' }),
  })
  // Pending means nobody has decided; a decision always names who and when.
  .refine(
    (a) =>
      a.decision === 'pending'
        ? a.decidedBy === null && a.decidedAt === null
        : a.decidedBy !== null && a.decidedAt !== null,
    {
      error: 'visit.amendmentDecisionMismatch' satisfies VisitCode,
      path: ['decision'],
    },
  );
export type VisitAmendment = z.infer<typeof visitAmendmentSchema>;
