import type { SqlExecutor } from '../db/Sql';

/** Fewest and most idle minutes a court may set; the app refuses anything outside (authProtocol.ts). */
export const IDLE_LOCK_MINUTES_MIN = 1;
export const IDLE_LOCK_MINUTES_MAX = 24 * 60;

/**
 * After how many minutes without input the app locks, as the court set it (`update-court
 * --idle-lock-minutes`), as the optional field of the login and refresh answers: empty when the court did
 * not choose, so the app's own default applies.
 */
export async function courtIdleLock(db: SqlExecutor): Promise<{ idleLockMinutes?: number }> {
  const rows = await db.query<{ idle_lock_minutes: number | null }>(
    'SELECT idle_lock_minutes FROM court ORDER BY created_at LIMIT 1',
  );
  const minutes = rows[0]?.idle_lock_minutes ?? null;
  return minutes === null ? {} : { idleLockMinutes: minutes };
}
