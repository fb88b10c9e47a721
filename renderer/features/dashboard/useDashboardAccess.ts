import { useServices } from '../../app/services/servicesContext';
import { useSignedInUser } from '../../app/session/useSignedInUser';
import { useLive } from '../../data/useLive';

export type DashboardAccess = 'loading' | 'allowed' | 'leadsOnly';

/**
 * Whether this device's user may see the team dashboard: team leads and admins, and anyone exploring the
 * demo court (nobody is signed in there). It only decides what the app shows: the figures come from data
 * the device already holds, which the court server has already limited to what this user may see.
 */
export function useDashboardAccess(): DashboardAccess {
  const { repos } = useServices();
  const user = useSignedInUser();
  // Not useIsDemo(): its `false` while loading would flash "team leads only" at the demo court.
  const isDemo = useLive(() => repos.meta.isDemoLoaded(), [repos]);
  if (user === undefined) return 'loading';
  if (user === null) {
    if (isDemo === undefined) return 'loading';
    return isDemo ? 'allowed' : 'leadsOnly';
  }
  return user.role === 'team_lead' || user.role === 'admin' ? 'allowed' : 'leadsOnly';
}
