import { z } from 'zod';
import { visitStateSchema } from '../visits/visitState';

/** One visit waiting for the team lead, as `GET /review/v1/queue` lists it (oldest first). */
export const reviewQueueItemSchema = z.object({
  visitId: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  state: visitStateSchema,
  startedAt: z.string(),
  officerNames: z.array(z.string()),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItemSchema>;

export const reviewQueueResponseSchema = z.object({ items: z.array(reviewQueueItemSchema) });
export type ReviewQueueResponse = z.infer<typeof reviewQueueResponseSchema>;
