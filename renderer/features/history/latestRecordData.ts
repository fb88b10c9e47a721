import type { HistoryEntry } from '../../../shared/history/recordHistory';
import type { Json } from '../../../shared/sync/mutation';

/**
 * A record's data as of its last version, rebuilt from the versions' changes (each version lists every
 * field that differs from the one before, the first one every field it was created with).
 */
export function latestRecordData(versions: readonly HistoryEntry[]): Record<string, Json> {
  const data: Record<string, Json> = {};
  for (const entry of versions) {
    for (const change of entry.changes) data[change.field] = change.to;
  }
  return data;
}
