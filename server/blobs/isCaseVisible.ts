import type { AuthContext } from '../auth/authenticate';
import type { SqlExecutor } from '../db/Sql';

/**
 * Whether the caller may see the case `caseId` now: administrators every case, everyone else their own
 * team's. A case that does not exist answers the same as another team's, so ids leak nothing.
 */
export async function isCaseVisible(db: SqlExecutor, auth: AuthContext, caseId: string): Promise<boolean> {
  const rows = await db.query<{ team_id: string }>('SELECT team_id FROM case_record WHERE id = $1', [caseId]);
  const row = rows[0];
  return row !== undefined && (auth.user.role === 'admin' || row.team_id === auth.user.teamId);
}
