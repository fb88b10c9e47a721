import type { SqlExecutor } from '../db/Sql';

/**
 * The court's four-eyes setting (a lead may not approve or return a visit they recorded or were present
 * at). On unless the court turned it off explicitly: a server without a court yet, or a court created
 * before the setting existed, requires it.
 */
export async function isFourEyesRequired(db: SqlExecutor): Promise<boolean> {
  const rows = await db.query<{ is_four_eyes_required: boolean }>(
    'SELECT is_four_eyes_required FROM court ORDER BY created_at LIMIT 1',
  );
  return rows[0]?.is_four_eyes_required ?? true;
}
