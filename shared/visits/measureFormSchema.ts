import { z } from 'zod';
import { parseYuan } from '../domain/money';
import type { ValidationCode } from '../validation/messages';
import { incidentMeasureSchema, type IncidentMeasure, type IncidentMeasureKind } from './incidentMeasure';

/** The measure form as typed: the fine in yuan text, the days as the number input gives them. */
export type MeasureFormValues = {
  kind: IncidentMeasureKind | null;
  fine: string;
  subject: 'legal_representative' | 'other';
  personName: string;
  days: number | string;
  reason: string;
  acknowledged: boolean;
};

/** Where an issue of `incidentMeasureSchema` is shown on the form (the rest keep their field's name). */
const FORM_FIELD: Partial<Record<PropertyKey, keyof MeasureFormValues>> = {
  amountFen: 'fine',
  cautionAcknowledged: 'acknowledged',
};

/**
 * The measure form's values → an `IncidentMeasure`, checked by `incidentMeasureSchema` itself (the schema the
 * incident is saved and synced with), its issues put on the form field they concern.
 */
export const measureFormSchema = z
  .object({
    kind: z.custom<IncidentMeasureKind | null>(),
    fine: z.string(),
    subject: z.enum(['legal_representative', 'other']),
    personName: z.string(),
    days: z.union([z.number(), z.string()]),
    reason: z.string(),
    acknowledged: z.boolean(),
  })
  .transform((v, ctx): IncidentMeasure => {
    if (v.kind === null) {
      ctx.addIssue({ code: 'custom', message: 'text.required' satisfies ValidationCode, path: ['kind'] });
      return z.NEVER;
    }
    let raw: unknown = { kind: v.kind };
    if (v.kind === 'fine') {
      const money = parseYuan(v.fine);
      if (!money.ok) {
        ctx.addIssue({ code: 'custom', message: money.code, path: ['fine'] });
        return z.NEVER;
      }
      raw = { kind: v.kind, amountFen: money.value };
    }
    if (v.kind === 'detention') {
      raw = {
        kind: v.kind,
        subject: v.subject,
        personName: v.personName,
        days: v.days === '' ? Number.NaN : Number(v.days),
        reason: v.reason,
        cautionAcknowledged: v.acknowledged,
      };
    }
    const parsed = incidentMeasureSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      const field = key === undefined ? 'kind' : (FORM_FIELD[key] ?? String(key));
      ctx.addIssue({ code: 'custom', message: issue.message, path: [field] });
    }
    return z.NEVER;
  });
