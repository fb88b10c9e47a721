import { z } from 'zod';
import { officerRefSchema } from '../domain/case';
import { coordinatesSchema } from './coordinates';
import { isNotBlank } from './isNotBlank';
import { operatingStateSchema } from './operatingState';
import { personPresentSchema } from './personPresent';
import type { VisitCode } from './visitMessages';
import { visitStateSchema } from './visitState';

const datetime = z.iso.datetime({ offset: true, error: 'visit.datetime' satisfies VisitCode });

/**
 * The signature block of the on-site record: who signed for the enterprise, or that they refused and how.
 * A refusal to sign does not void the record; the officers note it (拒绝签名的，记明情况).
 */
export const visitSignatureSchema = z
  .object({
    signedBy: z
      .string()
      .max(100, { error: 'text.tooLong' })
      .refine(isNotBlank, { error: 'text.required' })
      .nullable(),
    refusedToSign: z.boolean(),
    refusalNote: z.string().max(2000, { error: 'text.tooLong' }),
  })
  .refine((s) => !(s.refusedToSign && s.signedBy !== null), {
    error: 'visit.signatureConflict' satisfies VisitCode,
    path: ['refusedToSign'],
  });
export type VisitSignature = z.infer<typeof visitSignatureSchema>;

/**
 * One on-site visit 实地调查 of a case, as stored on the device and synced. The schema accepts an unfinished
 * draft (it is saved on every keystroke): empty address or findings and a missing operating state are
 * allowed here and reported by `visitSubmitBlockers`; advice such as "fewer than two officers" comes from
 * `visitWarnings`. What can never be true (end before start, the same officer twice, signed and refused)
 * is refused by the schema itself.
 */
export const visitSchema = z
  .object({
    id: z.string().min(1),
    caseId: z.string().min(1),
    state: visitStateSchema,
    startedAt: datetime,
    endedAt: datetime.nullable(),
    /** Prefilled from the respondent's registered address, corrected on site. */
    address: z.string().max(500, { error: 'text.tooLong' }),
    coordinates: coordinatesSchema.nullable(),
    officersPresent: z.array(officerRefSchema),
    enterprisePeople: z.array(personPresentSchema),
    /** Null until the officers have judged it. */
    operatingState: operatingStateSchema.nullable(),
    workforceSeen: z
      .number({ error: 'visit.workforceInvalid' satisfies VisitCode })
      .int({ error: 'visit.workforceInvalid' satisfies VisitCode })
      .min(0, { error: 'visit.workforceInvalid' satisfies VisitCode })
      .max(1_000_000, { error: 'visit.workforceInvalid' satisfies VisitCode })
      .nullable(),
    findings: z.string().max(20_000, { error: 'text.tooLong' }),
    signature: visitSignatureSchema,
  })
  .superRefine((v, ctx) => {
    // ISO strings with offsets do not compare as text across offsets, so compare instants.
    if (v.endedAt !== null && Date.parse(v.endedAt) < Date.parse(v.startedAt)) {
      ctx.addIssue({
        code: 'custom',
        message: 'visit.endBeforeStart' satisfies VisitCode,
        path: ['endedAt'],
      });
    }
    const seen = new Set<string>();
    v.officersPresent.forEach((o, i) => {
      if (seen.has(o.userId)) {
        ctx.addIssue({
          code: 'custom',
          message: 'visit.duplicateOfficer' satisfies VisitCode,
          path: ['officersPresent', i, 'userId'],
        });
      }
      seen.add(o.userId);
    });
  });
export type Visit = z.infer<typeof visitSchema>;
