import { z } from 'zod';

/**
 * What to do with a debtor enterprise (domain rule 7): rescue it by flexible enforcement with a plan 柔性执行,
 * continue forced enforcement 继续强制执行, or transfer it to bankruptcy review 执转破.
 */
export const RECOMMENDATIONS = ['flexible_with_plan', 'continued_forced', 'transfer_to_bankruptcy'] as const;
export const recommendationSchema = z.enum(RECOMMENDATIONS);
export type Recommendation = z.infer<typeof recommendationSchema>;
