import type { UserRole } from '../../shared/auth/userRole';
import { normalizeUsername } from '../../shared/auth/normalizeUsername';
import type { Sql } from '../db/Sql';
import { AdminError } from './AdminError';
import { findTeam } from './createTeam';
import { recordAccess } from './recordAccess';

export type UserChange = { role?: UserRole; team?: string | null; isDisabled?: boolean };

/**
 * Moves a user to another team, changes their role, or disables/enables them. Takes effect at once: the
 * next request re-reads the user, the next pull delivers gained cases and revokes lost ones, and disabling
 * ends every refresh token.
 */
export async function updateUser(sql: Sql, usernameInput: string, change: UserChange): Promise<void> {
  const username = normalizeUsername(usernameInput);
  await sql.transaction(async (tx) => {
    const rows = await tx.query<{
      id: string;
      role: UserRole;
      team_id: string | null;
      disabled_at: Date | null;
    }>('SELECT id, role, team_id, disabled_at FROM app_user WHERE username = $1 FOR UPDATE', [username]);
    const user = rows[0];
    if (!user) throw new AdminError('admin.userUnknown', username);
    let teamId = user.team_id;
    if (change.team !== undefined) {
      const team = change.team === null ? null : await findTeam(tx, change.team);
      if (change.team !== null && !team) throw new AdminError('admin.teamUnknown', change.team);
      teamId = team?.id ?? null;
    }
    const role = change.role ?? user.role;
    if (role !== 'admin' && teamId === null) throw new AdminError('admin.teamRequired');
    const isDisabled = change.isDisabled ?? user.disabled_at !== null;
    await tx.query(
      `UPDATE app_user SET role = $2, team_id = $3, disabled_at = CASE WHEN $4::boolean THEN COALESCE(disabled_at, now()) ELSE NULL END,
         updated_at = now() WHERE id = $1`,
      [user.id, role, teamId, isDisabled],
    );
    if (isDisabled)
      await tx.query(
        'UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
        [user.id],
      );
    await recordAccess(tx, { id: user.id, role, teamId, isDisabled });
  });
}
