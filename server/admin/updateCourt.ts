import type { Sql } from '../db/Sql';
import { AdminError } from './AdminError';

/** The court settings an administrator may change. */
export type CourtChange = {
  isFourEyesRequired?: boolean;
  /** Minutes without input before the app locks; null goes back to the app's default. */
  idleLockMinutes?: number | null;
};

/** Changes the court's settings; refused (`admin.noCourt`) before `create-court`. */
export async function updateCourt(sql: Sql, change: CourtChange): Promise<void> {
  await sql.transaction(async (tx) => {
    const court = await tx.query<{ id: string }>(
      'SELECT id FROM court ORDER BY created_at LIMIT 1 FOR UPDATE',
    );
    if (!court[0]) throw new AdminError('admin.noCourt');
    if (change.isFourEyesRequired !== undefined)
      await tx.query('UPDATE court SET is_four_eyes_required = $2 WHERE id = $1', [
        court[0].id,
        change.isFourEyesRequired,
      ]);
    if (change.idleLockMinutes !== undefined)
      await tx.query('UPDATE court SET idle_lock_minutes = $2 WHERE id = $1', [
        court[0].id,
        change.idleLockMinutes,
      ]);
  });
}
