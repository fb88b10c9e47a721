import { fourEyesBlocker } from '../../../shared/review/fourEyesBlocker';
import type { FourEyesCode } from '../../../shared/review/fourEyesMessages';
import type { Visit } from '../../../shared/visits/visit';
import { useSignedInUser } from '../../app/session/useSignedInUser';

/**
 * Why the signed-in lead may not approve or return `visit` (four eyes: they were present at it), or null.
 * The same rule as the court server's; the device knows who was present, not who wrote each version, so
 * the server (which refuses a recorder as well) still decides. The court's setting is taken as on, its
 * default; the demo court (no sign-in) lets the workflow be tried by anyone.
 */
export function useFourEyesBlocker(visit: Visit | null | undefined): FourEyesCode | null {
  const user = useSignedInUser();
  if (!user || !visit) return null;
  return fourEyesBlocker({
    reviewerId: user.id,
    recorderIds: [],
    officersPresent: visit.officersPresent,
    isRequired: true,
  });
}
