import { z } from 'zod';
import { caseStatusSchema } from './caseStatus';
import { closingModeSchema } from './closingMode';
import { fenSchema } from './money';
import { officerRefSchema } from './case';

/**
 * The case fields an officer may change on a device. Parties, claim and case number come from the
 * court's case system (imported on the server) and are not edited in the field.
 */
export const casePatchSchema = z
  .object({
    status: caseStatusSchema,
    closingMode: closingModeSchema.nullable(),
    closedOn: z.iso.date().nullable(),
    recoveredFen: fenSchema,
    officers: z.array(officerRefSchema),
    notes: z.string().max(5000, { error: 'text.tooLong' }),
  })
  .partial()
  .strict();
export type CasePatch = z.infer<typeof casePatchSchema>;

export const EDITABLE_CASE_FIELDS = [
  'status',
  'closingMode',
  'closedOn',
  'recoveredFen',
  'officers',
  'notes',
] as const;
