import { useSignedInUser } from '../../app/session/useSignedInUser';

/**
 * Whether this user decides conflicts: team leads and administrators, and anyone in the demo court (no
 * sign-in) so the screen can be tried. Undefined while loading. The court server decides for real
 * (`conflict.resolveForbidden`).
 */
export function useCanResolveConflicts(): boolean | undefined {
  const user = useSignedInUser();
  if (user === undefined) return undefined;
  return user === null || user.role === 'team_lead' || user.role === 'admin';
}
