import type { RecordHistory } from '../../../shared/history/recordHistory';
import type { SyncedEntity } from '../../../shared/sync/mutation';
import { useHistoryRequest, type HistoryLoad } from './useHistoryRequest';

/** One record's history from the court server, read when shown and on `reload()`. */
export function useRecordHistory(
  entity: SyncedEntity,
  entityId: string,
): { load: HistoryLoad<RecordHistory>; reload: () => void } {
  return useHistoryRequest(`record/${entity}/${entityId}`, (client) =>
    client.recordHistory(entity, entityId),
  );
}
