import type { z } from 'zod';
import { InvalidInput } from '../errors/InvalidInput';

/**
 * Parses a request body (unknown) with a shared zod schema. No coercion ever: "5" is not 5 and null is not
 * a string. Failure is `request.invalid` (400) naming the first offending path.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new InvalidInput('request.invalid', issue.path.map(String).join('.') || '(body)');
}
