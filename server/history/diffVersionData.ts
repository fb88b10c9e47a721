import type { HistoryFieldChange } from '../../shared/history/recordHistory';
import type { Json } from '../../shared/sync/mutation';
import { jsonEquals } from '../../shared/sync/canonicalJson';

/**
 * The fields whose value differs between two consecutive versions of a record, in the stored data's key
 * order (jsonb orders keys itself; fields that disappeared come last). Computed from the stored data rather than trusted from the stored
 * list of changed fields, so what the history shows is exactly what the versions hold. A first version
 * (`previous` null) lists every field it was created with, from null.
 */
export function diffVersionData(
  previous: Record<string, Json> | null,
  current: Record<string, Json>,
): HistoryFieldChange[] {
  const before = previous ?? {};
  const fields = [...Object.keys(current), ...Object.keys(before).filter((f) => !Object.hasOwn(current, f))];
  const changes: HistoryFieldChange[] = [];
  for (const field of fields) {
    const from = Object.hasOwn(before, field) ? before[field]! : null;
    const to = Object.hasOwn(current, field) ? current[field]! : null;
    if (previous !== null && jsonEquals(from, to)) continue;
    changes.push({ field, from, to });
  }
  return changes;
}
