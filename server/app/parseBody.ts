import type { z } from 'zod';
import { HttpError } from './HttpError';

/**
 * Parses a request body (unknown) with a shared zod schema. No coercion ever: "5" is not 5 and null is not
 * a string. Failure is HTTP 400 `request.invalid` naming the first offending path.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new HttpError(400, 'request.invalid', { path: issue.path.map(String).join('.') || '(body)' });
}
