import { z } from 'zod';

/**
 * Where a case stands: accepted 已立案 but not yet worked, in enforcement 执行中, suspended 中止, closed 已结案.
 * A closed case carries its closing mode.
 */
export const CASE_STATUSES = ['accepted', 'enforcing', 'suspended', 'closed'] as const;
export const caseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatusSchema>;
