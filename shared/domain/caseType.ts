import { z } from 'zod';

/** Enforcement case types (domain.md): 首执 first enforcement, 恢复执行 resumed, 保全 preservation. */
export const CASE_TYPES = ['first', 'resumed', 'preservation'] as const;
export const caseTypeSchema = z.enum(CASE_TYPES);
export type CaseType = z.infer<typeof caseTypeSchema>;
