import { randomUUID } from 'node:crypto';
import { normalizeUsername } from '../../shared/auth/normalizeUsername';
import type { UserRole } from '../../shared/auth/userRole';
import { checkPasswordPolicy } from '../auth/checkPasswordPolicy';
import { hashPassword } from '../auth/passwords';
import { PasswordRejected } from '../auth/PasswordRejected';
import type { Sql } from '../db/Sql';
import { AdminError } from './AdminError';
import { findTeam } from './createTeam';
import { recordAccess } from './recordAccess';

export type NewUser = {
  username: string;
  name: string;
  role: UserRole;
  /** Team id or name; required unless the role is admin. */
  team: string | null;
  password: string;
  /** Stable id (demo data); a random UUID otherwise. */
  id?: string;
};

/**
 * Creates a user with an Argon2id password hash and records their initial access. The user name is
 * normalised here, once (NFKC, trim, lower case), as every sign-in normalises it; the password must pass
 * the court's policy (PasswordRejected).
 */
export async function createUser(
  sql: Sql,
  input: NewUser,
): Promise<{ id: string; username: string; teamId: string | null }> {
  if (input.role !== 'admin' && input.team === null) throw new AdminError('admin.teamRequired');
  const username = normalizeUsername(input.username);
  if (username === '') throw new AdminError('admin.invalidInput', 'username');
  const problem = checkPasswordPolicy(input.password, username);
  if (problem) throw new PasswordRejected(problem);
  const passwordHash = await hashPassword(input.password);
  return sql.transaction(async (tx) => {
    const team = input.team === null ? null : await findTeam(tx, input.team);
    if (input.team !== null && !team) throw new AdminError('admin.teamUnknown', input.team);
    if ((await tx.query('SELECT 1 FROM app_user WHERE username = $1', [username])).length > 0) {
      throw new AdminError('admin.userExists', username);
    }
    const id = input.id ?? randomUUID();
    const teamId = team?.id ?? null;
    await tx.query(
      'INSERT INTO app_user (id, username, name, role, team_id, password_hash) VALUES ($1, $2, $3, $4, $5, $6)',
      [id, username, input.name, input.role, teamId, passwordHash],
    );
    await recordAccess(tx, { id, role: input.role, teamId, isDisabled: false });
    return { id, username, teamId };
  });
}
