import { z } from 'zod';
import { isNotBlank } from './isNotBlank';
import { CHECKLIST_ITEMS } from './reviewChecklist';
import type { VisitCode } from './visitMessages';

/**
 * A team lead's approval of a visit log whose legal-sufficiency checklist (`reviewChecklist`) is not fully
 * met: which checks were unmet as the lead saw them, and why the record is approved anyway. Part of the
 * review decision, so it is written once and stays in the record's review trail.
 */
export const checklistOverrideSchema = z.object({
  unmetItems: z
    .array(z.enum(CHECKLIST_ITEMS))
    .min(1, { error: 'visit.checklistOverrideItems' satisfies VisitCode })
    .refine((items) => new Set(items).size === items.length, {
      error: 'visit.checklistOverrideItems' satisfies VisitCode,
    }),
  reason: z
    .string()
    .max(2000, { error: 'text.tooLong' })
    .refine(isNotBlank, { error: 'visit.checklistOverrideReasonRequired' satisfies VisitCode }),
});
export type ChecklistOverride = z.infer<typeof checklistOverrideSchema>;
