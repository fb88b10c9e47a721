import type { SqlExecutor } from '../db/Sql';

/** At most this many failed sign-ins per account within the window (issue 4: 5 failures / 15 min). */
export const MAX_LOGIN_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export type ThrottleState = { isBlocked: false } | { isBlocked: true; retryAfterSeconds: number };

/**
 * Whether an account is locked: five failures since its last success, all within the last 15 minutes.
 * The lock lifts when the fifth-newest failure leaves the window (or after a later success).
 */
export async function checkLoginThrottle(
  db: SqlExecutor,
  username: string,
  now: number,
): Promise<ThrottleState> {
  const rows = await db.query<{ attempted_at: Date; is_success: boolean }>(
    `SELECT attempted_at, is_success FROM login_attempt
     WHERE username = $1 AND attempted_at > $2::timestamptz
     ORDER BY attempted_at DESC, id DESC LIMIT $3`,
    [username, new Date(now - LOGIN_WINDOW_MS).toISOString(), MAX_LOGIN_FAILURES + 1],
  );
  const failures: number[] = [];
  for (const row of rows) {
    if (row.is_success) break;
    failures.push(row.attempted_at.getTime());
  }
  if (failures.length < MAX_LOGIN_FAILURES) return { isBlocked: false };
  const unlockAt = failures[MAX_LOGIN_FAILURES - 1]! + LOGIN_WINDOW_MS;
  return { isBlocked: true, retryAfterSeconds: Math.max(1, Math.ceil((unlockAt - now) / 1000)) };
}

export async function recordLoginAttempt(
  db: SqlExecutor,
  username: string,
  now: number,
  isSuccess: boolean,
): Promise<void> {
  await db.query(
    'INSERT INTO login_attempt (username, attempted_at, is_success) VALUES ($1, $2::timestamptz, $3)',
    [username, new Date(now).toISOString(), isSuccess],
  );
}
