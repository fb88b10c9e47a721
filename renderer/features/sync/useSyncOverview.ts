import { useServices } from '../../app/services/servicesContext';
import { useSessionStore } from '../../app/session/sessionStore';
import { useLive } from '../../data/useLive';

/** Everything the Sync page lists, live. */
export function useSyncOverview() {
  const { repos, deviceId: installDeviceId } = useServices();
  const deviceId = useSessionStore((s) => s.deviceId) ?? installDeviceId;
  return useLive(
    async () => {
      const pending = await repos.outbox.pending();
      return {
        mine: pending.filter((m) => m.deviceId === deviceId),
        others: pending.filter((m) => m.deviceId !== deviceId),
        rejected: await repos.outbox.rejected(),
        conflicts: await repos.sync.conflicts(),
      };
    },
    [repos, deviceId],
    { mine: [], others: [], rejected: [], conflicts: [] },
  );
}
