import type { AuthContext } from '../auth/authenticate';
import type { SqlExecutor } from '../db/Sql';

/**
 * A blob is evidence of a case: readable by whoever may see (now) a case whose attachment records name it
 * AND to which the bytes were uploaded (`blob_case`), and by its uploader while still in the team they
 * uploaded it in (its record may still be on the way). Knowing a hash grants nothing, nor does naming it in
 * an attachment of one's own case, nor an announcement without the bytes; access ends with the team.
 */
export async function mayReadBlob(db: SqlExecutor, caller: AuthContext, sha256: string): Promise<boolean> {
  const rows = await db.query<{ allowed: boolean }>(
    `SELECT EXISTS (
         SELECT 1 FROM blob_case l JOIN case_record c ON c.id = l.case_id
         WHERE l.sha256 = $1 AND ($2::boolean OR c.team_id = $3)
           AND EXISTS (
             SELECT 1 FROM child_record a
             WHERE a.entity = 'attachment' AND a.case_id = l.case_id AND a.data ->> 'sha256' = $1
           )
       ) OR EXISTS (
         SELECT 1 FROM blob_upload
         WHERE sha256 = $1 AND user_id = $4 AND completed_at IS NOT NULL AND team_id IS NOT DISTINCT FROM $3
       ) AS allowed`,
    [sha256, caller.user.role === 'admin', caller.user.teamId, caller.user.id],
  );
  return rows[0]!.allowed;
}
