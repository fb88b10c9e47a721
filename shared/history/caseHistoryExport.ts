import { z } from 'zod';
import { chainCheckSchema } from './chainCheck';
import { recordHistorySchema } from './recordHistory';

/** Identifies the export file's format, so a later reader knows what it holds. */
export const CASE_HISTORY_FORMAT = 'fieldwrit.caseHistory/1';

/**
 * `GET /history/v1/case/:caseId/export`: the full history of a case and of every record inside it, each
 * with the result of re-checking its hash chain at export time, read in one snapshot of the database.
 */
export const caseHistoryExportSchema = z.object({
  format: z.literal(CASE_HISTORY_FORMAT),
  caseId: z.string(),
  caseNumber: z.string(),
  exportedAt: z.string(),
  exportedBy: z.object({ userId: z.string(), name: z.string() }),
  /** True when every record's chain is intact. */
  isIntact: z.boolean(),
  /** The case first, then the records inside it in the order they first reached the server. */
  records: z.array(recordHistorySchema.extend({ verification: chainCheckSchema })),
});
export type CaseHistoryExport = z.infer<typeof caseHistoryExportSchema>;
