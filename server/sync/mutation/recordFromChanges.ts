import type { Json, Mutation } from '../../../shared/sync/mutation';
import { MutationRejected } from './MutationRejected';

/**
 * The record a `create` describes: the `to` value of each change, every field one its kind has, and its
 * `id` the mutation's. The caller then parses it with the kind's schema.
 */
export function recordFromChanges(m: Mutation, isField: (field: string) => boolean): Record<string, Json> {
  const record: Record<string, Json> = {};
  for (const [field, change] of Object.entries(m.changes)) {
    if (!isField(field)) throw new MutationRejected('field.unknown', field);
    record[field] = change.to;
  }
  if (record.id !== m.entityId) throw new MutationRejected('mutation.caseMismatch', 'id');
  return record;
}
