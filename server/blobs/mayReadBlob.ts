import type { AuthContext } from '../auth/authenticate';
import type { SqlExecutor } from '../db/Sql';

/**
 * A blob is evidence of a case: readable by whoever may see a case whose attachment records name it, and
 * by the user who uploaded it (its record may still be on the way). Knowing a hash grants nothing.
 */
export async function mayReadBlob(db: SqlExecutor, caller: AuthContext, sha256: string): Promise<boolean> {
  const rows = await db.query<{ allowed: boolean }>(
    `SELECT EXISTS (
         SELECT 1 FROM child_record a JOIN case_record c ON c.id = a.case_id
         WHERE a.entity = 'attachment' AND a.data ->> 'sha256' = $1 AND ($2::boolean OR c.team_id = $3)
       ) OR EXISTS (SELECT 1 FROM blob_upload WHERE sha256 = $1 AND user_id = $4) AS allowed`,
    [sha256, caller.user.role === 'admin', caller.user.teamId, caller.user.id],
  );
  return rows[0]!.allowed;
}
