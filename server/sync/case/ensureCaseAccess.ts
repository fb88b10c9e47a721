import type { UserRecord } from '../../auth/userStore';
import type { CaseState } from '../store/CaseState';
import { MutationRejected } from '../mutation/MutationRejected';

/**
 * Access is re-checked on every mutation: officers and team leads reach only their team's cases. A case
 * that does not exist looks the same as a forbidden one to them, so ids of other teams leak nothing.
 */
export function ensureCaseAccess(user: UserRecord, state: CaseState | null): CaseState {
  if (!state) throw new MutationRejected(user.role === 'admin' ? 'record.notFound' : 'access.forbidden');
  if (user.role !== 'admin' && state.teamId !== user.teamId) throw new MutationRejected('access.forbidden');
  return state;
}
