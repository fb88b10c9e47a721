import { z } from 'zod';

/**
 * A person named in a record who is not an officer: someone from the enterprise present at the visit, or a
 * person involved in an incident. `role` is free text as people state it (法定代表人, 财务负责人, 厂长, 职工…).
 */
export const personPresentSchema = z.object({
  name: z.string().trim().min(1, { error: 'text.required' }).max(100, { error: 'text.tooLong' }),
  role: z.string().trim().max(100, { error: 'text.tooLong' }),
});
export type PersonPresent = z.infer<typeof personPresentSchema>;
