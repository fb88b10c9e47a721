import type { UserRole } from '../../shared/auth/userRole';
import type { SqlExecutor } from '../db/Sql';
import { nextCommitSeq } from '../sync/store/nextCommitSeq';

/**
 * Appends the user's current access to user_access_history under a new commit sequence, so that pulls
 * can tell what the user could see before and after (gained cases arrive whole, lost ones are revoked).
 * Call inside the transaction that changes app_user.
 */
export async function recordAccess(
  tx: SqlExecutor,
  user: { id: string; role: UserRole; teamId: string | null; isDisabled: boolean },
): Promise<number> {
  const seq = await nextCommitSeq(tx);
  await tx.query(
    'INSERT INTO user_access_history (user_id, from_seq, role, team_id, is_disabled) VALUES ($1, $2, $3, $4, $5)',
    [user.id, seq, user.role, user.teamId, user.isDisabled],
  );
  return seq;
}
