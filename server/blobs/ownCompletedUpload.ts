import type { UserRecord } from '../auth/userStore';
import type { SqlExecutor } from '../db/Sql';

/**
 * The caller's completed upload of `sha256` made while in the team they are in now, if any: the caller
 * has proved they hold these bytes, and still belongs where they sent them. A user moved to another team
 * no longer counts as holding what they uploaded in the old one (access ends with the team).
 */
export async function ownCompletedUpload(
  db: SqlExecutor,
  user: Pick<UserRecord, 'id' | 'teamId'>,
  sha256: string,
): Promise<string | null> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM blob_upload
     WHERE sha256 = $1 AND user_id = $2 AND completed_at IS NOT NULL AND team_id IS NOT DISTINCT FROM $3
     ORDER BY completed_at LIMIT 1`,
    [sha256, user.id, user.teamId],
  );
  return rows[0]?.id ?? null;
}
