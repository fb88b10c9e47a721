import { z } from 'zod';
import { visitSchema, visitSignatureSchema } from './visit';
import { visitAmendmentSchema } from './visitAmendment';

/**
 * The amendment form of an approved log: the correctable fields, each checked by the visit's own field
 * rule, and the reason checked by the amendment's. The workforce is typed as a number or left empty (none).
 */
export const amendVisitFormSchema = z.object({
  address: visitSchema.shape.address,
  workforce: z
    .union([z.number(), z.string()])
    .transform((v) => (v === '' ? null : Number(v)))
    .pipe(visitSchema.shape.workforceSeen),
  findings: visitSchema.shape.findings,
  refusalNote: visitSignatureSchema.shape.refusalNote,
  reason: visitAmendmentSchema.shape.reason,
});
export type AmendVisitFormValues = z.input<typeof amendVisitFormSchema>;
