import { z } from 'zod';

/**
 * How a case closed 结案方式: full performance 执行完毕, settlement 和解, termination of this round 终结本次执行程序
 * (终本), termination 终结执行.
 */
export const CLOSING_MODES = [
  'fully_performed',
  'settlement',
  'terminated_this_round',
  'terminated',
] as const;
export const closingModeSchema = z.enum(CLOSING_MODES);
export type ClosingMode = z.infer<typeof closingModeSchema>;
