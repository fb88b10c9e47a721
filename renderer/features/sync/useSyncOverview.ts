import type { PendingWork } from '../../data/repositories/pendingWorkRepository';
import type { SyncConflict } from '../../../shared/sync/protocol';
import { useServices } from '../../app/services/servicesContext';
import { useWriter } from '../../app/session/writerContext';
import { useLive } from '../../data/useLive';

const NOTHING: PendingWork & { conflicts: SyncConflict[] } = {
  mine: [],
  otherOfficersRecords: 0,
  refused: [],
  conflicts: [],
};

/** Everything the Sync page lists, live: waiting records (by record), refused edits, open conflicts. */
export function useSyncOverview(): PendingWork & { conflicts: SyncConflict[] } {
  const { repos } = useServices();
  const { deviceId } = useWriter();
  return useLive(
    async () => ({
      ...(await repos.pendingWork.overview(deviceId)),
      conflicts: await repos.sync.conflicts(),
    }),
    [repos, deviceId],
    NOTHING,
  );
}
