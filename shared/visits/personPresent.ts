import { z } from 'zod';

/**
 * A person named in a record who is not an officer: someone from the enterprise present at the visit, or a
 * person involved in an incident. `role` is free text as people state it (法定代表人, 财务负责人, 厂长, 职工…).
 *
 * The name may be blank in a stored draft: a row is saved as it is typed (the role first, say), so nothing
 * typed is lost on a reload. A record cannot go to review with such a row: `visitSubmitBlockers` names it.
 */
export const personPresentSchema = z.object({
  name: z.string().max(100, { error: 'text.tooLong' }),
  role: z.string().max(100, { error: 'text.tooLong' }),
});
export type PersonPresent = z.infer<typeof personPresentSchema>;
