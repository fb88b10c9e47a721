import { z } from 'zod';
import { isoDateSchema } from '../legalCalendar/calendarDate';

/**
 * One renewal 续行查封 / 续冻 of a measure: the day it was ordered (before the running term ended), its term
 * in months (never longer than the statutory maximum of the class, checked with the asset) and the notice.
 * The new term starts the day after the running term's last day, so renewals leave no gap.
 */
export const measureRenewalSchema = z.object({
  renewedOn: isoDateSchema,
  termMonths: z
    .number({ error: 'measure.termMonthsInvalid' })
    .int({ error: 'measure.termMonthsInvalid' })
    .min(1, { error: 'measure.termMonthsInvalid' }),
  noticeNumber: z.string().max(100, { error: 'text.tooLong' }),
});
export type MeasureRenewal = z.infer<typeof measureRenewalSchema>;
