import type { SessionUser } from '../../../shared/auth/authProtocol';
import { useLive } from '../../data/useLive';
import { useServices } from '../services/servicesContext';

/**
 * The user signed in to the court server on this device, read live (null in the demo court, before the
 * first sign-in or after signing out; `undefined` while loading). Screens use the role to show what the
 * server would allow; the server still authorises every action.
 */
export function useSignedInUser(): SessionUser | null | undefined {
  const { repos } = useServices();
  return useLive(async () => (await repos.session.current())?.user ?? null, [repos]);
}
