import { z } from 'zod';
import { officerRefSchema } from '../domain/case';
import { isoDateSchema } from '../legalCalendar/calendarDate';
import type { DebtorCode } from './debtorMessages';
import { recommendationSchema } from './recommendation';

/**
 * The lead's decision on a debtor, with the recommendation it was made against, so a decision that departs
 * from the data can be seen as such. Write-once: a new decision is a new record. Always has a reason, also
 * when it follows the recommendation, because the file must say why, not only what.
 */
export const debtorDecisionSchema = z.object({
  id: z.string().min(1),
  debtorKey: z.string().min(1),
  recommendation: recommendationSchema,
  decision: recommendationSchema,
  reason: z
    .string()
    .trim()
    .min(1, { error: 'debtor.decisionReasonRequired' satisfies DebtorCode })
    .max(2000, { error: 'text.tooLong' }),
  decidedBy: officerRefSchema,
  decidedOn: isoDateSchema,
});
export type DebtorDecision = z.infer<typeof debtorDecisionSchema>;
