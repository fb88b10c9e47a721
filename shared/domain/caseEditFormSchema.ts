import { z } from 'zod';
import type { ValidationCode } from '../validation/messages';
import { casePatchSchema, type CasePatch } from './casePatch';
import { caseStatusSchema, type CaseStatus } from './caseStatus';
import { closingModeSchema, type ClosingMode } from './closingMode';
import { fenSchema, parseYuan } from './money';

/** The case edit form as typed: the recovered amount is yuan text, an empty closing date means none. */
export type CaseEditValues = {
  status: CaseStatus;
  closingMode: ClosingMode | null;
  closedOn: string;
  recovered: string;
  notes: string;
};

const isoDate = z.iso.date();

/**
 * The case edit form's values → the `CasePatch` the repository and the court server check. Field rules are
 * the patch's own schemas; the closed-case rules of `caseSchema` are checked here too, on the field they
 * concern, so the officer sees them before anything is written. The closing date against the acceptance
 * date needs the stored case and stays with the repository's check.
 */
export const caseEditFormSchema = z
  .object({
    status: caseStatusSchema,
    closingMode: closingModeSchema.nullable(),
    closedOn: z.string().refine((v) => v === '' || isoDate.safeParse(v).success, {
      error: 'date.format' satisfies ValidationCode,
    }),
    recovered: z
      .string()
      .transform((text, ctx) => {
        const money = parseYuan(text);
        if (money.ok) return money.value;
        ctx.addIssue({ code: 'custom', message: money.code });
        return z.NEVER;
      })
      .pipe(fenSchema),
    notes: casePatchSchema.shape.notes.unwrap(),
  })
  .superRefine((v, ctx) => {
    if (v.status !== 'closed') return;
    if (v.closingMode === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'case.closingModeMismatch' satisfies ValidationCode,
        path: ['closingMode'],
      });
    }
    if (v.closedOn === '') {
      ctx.addIssue({
        code: 'custom',
        message: 'case.closedOnMismatch' satisfies ValidationCode,
        path: ['closedOn'],
      });
    }
  })
  .transform((v): CasePatch => {
    const isClosed = v.status === 'closed';
    return {
      status: v.status,
      closingMode: isClosed ? v.closingMode : null,
      closedOn: isClosed ? v.closedOn || null : null,
      recoveredFen: v.recovered,
      notes: v.notes,
    };
  });
