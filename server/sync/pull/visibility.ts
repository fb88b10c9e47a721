import type { UserRecord } from '../../auth/userStore';
import type { SqlExecutor } from '../../db/Sql';

/** The ids of the cases this user may see now (administrators: all; others: their team's). */
export async function visibleCaseIdsNow(
  db: SqlExecutor,
  user: Pick<UserRecord, 'role' | 'teamId'>,
): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>(
    'SELECT id FROM case_record WHERE $1::boolean OR team_id = $2',
    [user.role === 'admin', user.teamId],
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * The ids of the cases this user could see just after commit `seq`, rebuilt from history: the user's role
 * and team from user_access_history, each case's team from its latest change_log row up to `seq`. This is
 * what a device whose cursor is `seq` holds, so comparing it with now gives the cases gained and lost.
 */
export async function visibleCaseIdsAt(db: SqlExecutor, userId: string, seq: number): Promise<Set<string>> {
  const rows = await db.query<{ case_id: string }>(
    `WITH access AS (
       SELECT role, team_id, is_disabled FROM user_access_history
       WHERE user_id = $1 AND from_seq <= $2 ORDER BY from_seq DESC LIMIT 1
     ), case_team AS (
       SELECT DISTINCT ON (case_id) case_id, team_id FROM change_log
       WHERE entity = 'case' AND commit_seq <= $2 ORDER BY case_id, commit_seq DESC
     )
     SELECT case_team.case_id FROM case_team JOIN access
       ON NOT access.is_disabled AND (access.role = 'admin' OR case_team.team_id = access.team_id)`,
    [userId, seq],
  );
  return new Set(rows.map((r) => r.case_id));
}

/** True when a change of access (a user's role/team, or a case's team) was committed in (from, to]. */
export async function hasAccessChangeBetween(
  db: SqlExecutor,
  userId: string,
  from: number,
  to: number,
): Promise<boolean> {
  const rows = await db.query<{ changed: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM user_access_history WHERE user_id = $1 AND from_seq > $2 AND from_seq <= $3)
         OR EXISTS (SELECT 1 FROM change_log WHERE is_access_change AND commit_seq > $2 AND commit_seq <= $3) AS changed`,
    [userId, from, to],
  );
  return rows[0]!.changed;
}
