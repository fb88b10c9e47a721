import { normalizeUsername } from '../../shared/auth/normalizeUsername';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords';
import type { Sql } from '../db/Sql';
import { AdminError } from './AdminError';

/**
 * Sets a new password and ends every refresh token of the user (each device must sign in again online).
 * Failed-login counters are left alone: they expire by themselves within 15 minutes.
 */
export async function resetPassword(sql: Sql, usernameInput: string, password: string): Promise<void> {
  if (password.length < MIN_PASSWORD_LENGTH) throw new AdminError('admin.passwordTooShort');
  const username = normalizeUsername(usernameInput);
  const passwordHash = await hashPassword(password);
  await sql.transaction(async (tx) => {
    const rows = await tx.query<{ id: string }>(
      'UPDATE app_user SET password_hash = $2, updated_at = now() WHERE username = $1 RETURNING id',
      [username, passwordHash],
    );
    if (!rows[0]) throw new AdminError('admin.userUnknown', username);
    await tx.query('UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
      rows[0].id,
    ]);
  });
}
