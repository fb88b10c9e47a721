import { fourEyesBlocker } from '../../../shared/review/fourEyesBlocker';
import type { FourEyesCode } from '../../../shared/review/fourEyesMessages';
import type { Visit } from '../../../shared/visits/visit';
import { useServices } from '../../app/services/servicesContext';
import { useSignedInUser } from '../../app/session/useSignedInUser';
import { useLive } from '../../data/useLive';

/**
 * Why the signed-in lead may not approve or return `visit` (four eyes: they were present at it), or null.
 * The same rule as the court server's; the device knows who was present, not who wrote each version, so
 * the server (which refuses a recorder as well) still decides. The court's setting comes with the session
 * (login and refresh answers); until one has said otherwise it is on, the court's default. The demo court
 * (no sign-in) lets the workflow be tried by anyone.
 */
export function useFourEyesBlocker(visit: Visit | null | undefined): FourEyesCode | null {
  const { repos } = useServices();
  const user = useSignedInUser();
  // Read live: a refresh that brings the court's changed setting updates the screen.
  const isRequired = useLive(() => repos.session.isFourEyesRequired(), [repos]) ?? true;
  if (!user || !visit) return null;
  return fourEyesBlocker({
    reviewerId: user.id,
    recorderIds: [],
    officersPresent: visit.officersPresent,
    isRequired,
  });
}
