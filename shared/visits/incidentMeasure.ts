import { z } from 'zod';
import { fenSchema } from '../domain/money';
import type { VisitCode } from './visitMessages';

/**
 * Upper bound of a fine for obstructing enforcement: 1,000,000 yuan for an entity (Civil Procedure Law
 * 2023, art. 118; 100,000 yuan for a natural person). In fen.
 */
export const MAX_FINE_FEN = 100_000_000;
/** Detention 司法拘留 lasts at most 15 days (same article). */
export const MAX_DETENTION_DAYS = 15;

export const warningMeasureSchema = z.object({ kind: z.literal('warning') });
export const orderToLeaveMeasureSchema = z.object({ kind: z.literal('order_to_leave') });
export const fineMeasureSchema = z.object({
  kind: z.literal('fine'),
  amountFen: fenSchema
    .min(1, { error: 'incident.fineNotPositive' satisfies VisitCode })
    .max(MAX_FINE_FEN, { error: 'incident.fineAboveMaximum' satisfies VisitCode }),
});

/**
 * Detention 司法拘留. Detaining the legal representative is a last resort (domain rule 5): the record must
 * carry a reason and show that the caution check (see `detentionCautionCheck`) was seen and acknowledged.
 */
export const detentionMeasureSchema = z
  .object({
    kind: z.literal('detention'),
    subject: z.enum(['legal_representative', 'other']),
    /** Who is detained, as named on the decision. */
    personName: z.string().max(100, { error: 'text.tooLong' }),
    days: z
      .number({ error: 'incident.detentionDaysRange' satisfies VisitCode })
      .int({ error: 'incident.detentionDaysRange' satisfies VisitCode })
      .min(1, { error: 'incident.detentionDaysRange' satisfies VisitCode })
      .max(MAX_DETENTION_DAYS, { error: 'incident.detentionDaysRange' satisfies VisitCode }),
    reason: z.string().max(2000, { error: 'text.tooLong' }),
    cautionAcknowledged: z.boolean(),
  })
  .superRefine((m, ctx) => {
    if (m.subject !== 'legal_representative') return;
    if (m.reason.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        message: 'incident.detentionReasonRequired' satisfies VisitCode,
        path: ['reason'],
      });
    }
    if (!m.cautionAcknowledged) {
      ctx.addIssue({
        code: 'custom',
        message: 'incident.detentionCautionNotAcknowledged' satisfies VisitCode,
        path: ['cautionAcknowledged'],
      });
    }
  });
export type DetentionMeasure = z.infer<typeof detentionMeasureSchema>;

export const policeReferralMeasureSchema = z.object({ kind: z.literal('police_referral') });
/** Referral for the crime of refusing to enforce a judgment 拒不执行判决、裁定罪 (拒执罪). */
export const crimeReferralMeasureSchema = z.object({ kind: z.literal('crime_referral') });

/**
 * A measure taken against obstruction: warning 训诫, order to leave 责令退出, fine 罚款, detention 拘留,
 * referral to the police, referral for 拒执罪.
 */
export const incidentMeasureSchema = z.discriminatedUnion('kind', [
  warningMeasureSchema,
  orderToLeaveMeasureSchema,
  fineMeasureSchema,
  detentionMeasureSchema,
  policeReferralMeasureSchema,
  crimeReferralMeasureSchema,
]);
export type IncidentMeasure = z.infer<typeof incidentMeasureSchema>;
export type IncidentMeasureKind = IncidentMeasure['kind'];
