import { z } from 'zod';
import { isoDateSchema } from '../legalCalendar/calendarDate';

/**
 * Our place in the queue on property other courts have seized too. The first seizure 首封 runs its term from
 * its start. A queued seizure 轮候查封 binds nothing yet: it takes effect when the seizure ahead of it ends,
 * and its term runs from that day (`effectiveOn`, null while we still wait), so until then it has no term,
 * no expiry and nothing to renew.
 */
export const measureQueueSchema = z.discriminatedUnion('position', [
  z.object({ position: z.literal('first') }),
  z.object({
    position: z.literal('queued'),
    /** The court whose seizure stands ahead of ours, as named on the registry's answer. */
    courtAhead: z.string().max(200, { error: 'text.tooLong' }),
    effectiveOn: isoDateSchema.nullable(),
  }),
]);
export type MeasureQueue = z.infer<typeof measureQueueSchema>;
