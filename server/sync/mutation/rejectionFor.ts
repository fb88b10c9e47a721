import type { z } from 'zod';
import { isKnownCode } from '../../../shared/messages/messageRegistry';
import { MutationRejected } from './MutationRejected';

/** The code of a zod issue when it is one of ours (e.g. `money.format`), else the generic `field.invalid`. */
export function issueCode(issue: z.core.$ZodIssue): string {
  return isKnownCode(issue.message) ? issue.message : 'field.invalid';
}

/** `field` (if any) plus the issue's own path, e.g. `applicants.0.creditCode`. */
export function issuePath(issue: z.core.$ZodIssue, field?: string): string {
  return [field, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.');
}

/** The refusal for a value a shared schema did not accept: its code, at its path under `field`. */
export function rejectionFor(issue: z.core.$ZodIssue, field?: string): MutationRejected {
  return new MutationRejected(issueCode(issue), issuePath(issue, field));
}

/** `value` parsed by `schema`, or the refusal naming what is wrong (under `field`, when given). */
export function parseOrReject<S extends z.ZodType>(schema: S, value: unknown, field?: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw rejectionFor(parsed.error.issues[0]!, field);
  return parsed.data;
}
