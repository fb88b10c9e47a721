import { jsonEquals } from '../sync/canonicalJson';
import type { Json } from '../sync/mutation';
import type { Visit } from './visit';

/** One field that differs between the visit as last reviewed and as it is now. */
export type VisitFieldDiff = { field: keyof Visit & string; before: Json; after: Json };

/**
 * What changed in a visit since the lead last reviewed it (the review's snapshot): the fields whose value
 * differs, in the visit's own field order. The review state itself is not content and is left out.
 */
export function visitDiff(reviewed: Record<string, Json>, current: Visit): VisitFieldDiff[] {
  const now = current as unknown as Record<string, Json>;
  return (Object.keys(now) as (keyof Visit & string)[])
    .filter((field) => field !== 'state' && !jsonEquals(reviewed[field] ?? null, now[field] ?? null))
    .map((field) => ({ field, before: reviewed[field] ?? null, after: now[field] ?? null }));
}
