import type { z } from 'zod';
import type { FieldChange, Json } from '../../../shared/sync/mutation';
import { jsonEquals } from '../../../shared/sync/canonicalJson';
import { InvalidDataError } from '../errors';

/**
 * Field-level changes for a record the server has never seen: every field, from null. The sync issue
 * applies a `create` field by field like any other mutation, so the record travels whole.
 */
export function createChanges(record: object): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    changes[key] = { from: null, to: value as Json };
  }
  return changes;
}

/** The fields of `keys` whose value differs between `before` and `after`, as field-level changes. */
export function patchChanges<T extends object>(
  before: T,
  after: T,
  keys: readonly (keyof T & string)[],
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const key of keys) {
    const from = (before[key] ?? null) as Json;
    const to = (after[key] ?? null) as Json;
    if (!jsonEquals(from, to)) changes[key] = { from, to };
  }
  return changes;
}

/** Parses with a zod schema, turning a failure into InvalidDataError with the schema's message codes. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidDataError([...new Set(parsed.error.issues.map((i) => i.message))]);
  return parsed.data;
}

/** `Omit` applied to each member of a union, so a discriminated union (an asset) stays one. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Removes the sync bookkeeping from a stored row, giving the shared domain record. */
export function withoutBaseSeq<T extends { baseSeq: number | null }>(row: T): DistributiveOmit<T, 'baseSeq'> {
  const { baseSeq: _b, ...record } = row;
  return record as DistributiveOmit<T, 'baseSeq'>;
}
