import { normalizeUsername } from '../../shared/auth/normalizeUsername';
import { checkPasswordPolicy } from '../auth/checkPasswordPolicy';
import { endUserSessions } from '../auth/endUserSessions';
import { hashPassword } from '../auth/passwords';
import { PasswordRejected } from '../auth/PasswordRejected';
import type { Sql } from '../db/Sql';
import { systemClock } from '../util/Clock';
import type { Clock } from '../util/Clock';
import { AdminError } from './AdminError';

/**
 * Sets a new password (it must pass the court's policy) and ends every session of the user at once:
 * refresh tokens and access tokens alike, so each device must sign in again online. Failed-login counters
 * are left alone: they expire by themselves within 15 minutes.
 */
export async function resetPassword(
  sql: Sql,
  usernameInput: string,
  password: string,
  clock: Clock = systemClock,
): Promise<void> {
  const username = normalizeUsername(usernameInput);
  const problem = checkPasswordPolicy(password, username);
  if (problem) throw new PasswordRejected(problem);
  const passwordHash = await hashPassword(password);
  await sql.transaction(async (tx) => {
    const rows = await tx.query<{ id: string }>(
      'UPDATE app_user SET password_hash = $2, updated_at = now() WHERE username = $1 RETURNING id',
      [username, passwordHash],
    );
    if (!rows[0]) throw new AdminError('admin.userUnknown', username);
    await endUserSessions(tx, rows[0].id, clock());
  });
}
