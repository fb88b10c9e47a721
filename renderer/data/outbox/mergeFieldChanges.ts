import type { FieldChange } from '../../../shared/sync/mutation';

/**
 * Two consecutive edits of one record as one: each field keeps the value the device saw before the first
 * edit (`from`, the base of the server's three-way merge) and takes the newest value (`to`).
 */
export function mergeFieldChanges(
  older: Readonly<Record<string, FieldChange>>,
  newer: Readonly<Record<string, FieldChange>>,
): Record<string, FieldChange> {
  const merged: Record<string, FieldChange> = { ...older };
  for (const [field, change] of Object.entries(newer))
    merged[field] = { from: Object.hasOwn(older, field) ? older[field]!.from : change.from, to: change.to };
  return merged;
}
