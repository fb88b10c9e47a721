import { useSignedInUser } from '../../app/session/useSignedInUser';

/**
 * Whether this user reviews visit logs: team leads and administrators, and anyone in the demo court (no
 * sign-in) so the workflow can be tried. Undefined while loading. The server decides for real.
 */
export function useIsReviewer(): boolean | undefined {
  const user = useSignedInUser();
  if (user === undefined) return undefined;
  return user === null || user.role === 'team_lead' || user.role === 'admin';
}
