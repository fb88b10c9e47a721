import { z } from 'zod';
import { isNotBlank } from './isNotBlank';

/**
 * A person named in a record who is not an officer: someone from the enterprise present at the visit, or a
 * person involved in an incident. `role` is free text as people state it (法定代表人, 财务负责人, 厂长, 职工…).
 */
export const personPresentSchema = z.object({
  name: z.string().max(100, { error: 'text.tooLong' }).refine(isNotBlank, { error: 'text.required' }),
  role: z.string().max(100, { error: 'text.tooLong' }),
});
export type PersonPresent = z.infer<typeof personPresentSchema>;
