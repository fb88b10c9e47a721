import type { ChangePasswordRequest, ChangePasswordResponse } from '../../shared/auth/authProtocol';
import type { Sql } from '../db/Sql';
import { Forbidden } from '../errors/Forbidden';
import { Throttled } from '../errors/Throttled';
import type { Clock } from '../util/Clock';
import type { AuthContext } from './authenticate';
import { checkPasswordPolicy } from './checkPasswordPolicy';
import { endUserSessions } from './endUserSessions';
import { admitLoginAttempt, recordLoginAttempt, settleLogin } from './loginThrottle';
import { hashPassword, verifyPassword } from './passwords';
import { PasswordRejected } from './PasswordRejected';
import { startSession } from './startSession';
import type { TokenService } from './tokenService';
import { findUserById, toSessionUser } from './userStore';

/**
 * A signed-in user changes their own password. The current one is required (a borrowed, unlocked laptop
 * is not enough) and checked under the sign-in throttle, so a stolen access token cannot guess it; the
 * new one must pass the court's policy. Every session of the user ends; the device that asked gets a new
 * one and stays signed in.
 */
export async function changePassword(
  sql: Sql,
  tokens: TokenService,
  clock: Clock,
  auth: AuthContext,
  request: ChangePasswordRequest,
  address: string,
): Promise<ChangePasswordResponse> {
  const source = { username: auth.user.username, address };
  const admission = await admitLoginAttempt(sql, source, clock());
  if (!admission.isAdmitted) throw new Throttled('auth.throttled', admission.retryAfterSeconds);
  if (!(await verifyPassword(auth.user.passwordHash, request.currentPassword))) {
    await recordLoginAttempt(sql, source, clock(), false);
    throw new Forbidden('auth.currentPasswordWrong', 'currentPassword');
  }
  await settleLogin(sql, source);
  const problem = checkPasswordPolicy(request.newPassword, auth.user.username);
  if (problem) throw new PasswordRejected(problem);
  const passwordHash = await hashPassword(request.newPassword);
  const now = clock();
  return sql.transaction(async (tx) => {
    await tx.query('UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1', [
      auth.user.id,
      passwordHash,
    ]);
    await endUserSessions(tx, auth.user.id, now);
    const session = await startSession(tx, tokens, { userId: auth.user.id, deviceId: auth.deviceId }, now);
    const user = await findUserById(tx, auth.user.id);
    return { ...session, user: toSessionUser(user ?? auth.user) };
  });
}
