import type { RefreshRequest, RefreshResponse } from '../../shared/auth/authProtocol';
import type { Sql } from '../db/Sql';
import { Unauthenticated } from '../errors/Unauthenticated';
import type { Clock } from '../util/Clock';
import type { TokenService } from './tokenService';
import { findUserById, toSessionUser } from './userStore';

/**
 * A new access token for the device a refresh token was issued to. The refresh token is not rotated: a
 * response lost on a flaky connection must not lock the officer out (the same token works again); it ends
 * after 30 days, on a password reset or when the account is disabled.
 */
export async function refreshSession(
  sql: Sql,
  tokens: TokenService,
  clock: Clock,
  request: RefreshRequest,
): Promise<RefreshResponse> {
  const rows = await sql.query<{
    user_id: string;
    device_id: string;
    expires_at: Date;
    revoked_at: Date | null;
  }>('SELECT user_id, device_id, expires_at, revoked_at FROM refresh_token WHERE token_hash = $1', [
    tokens.hashRefreshToken(request.refreshToken),
  ]);
  const row = rows[0];
  const now = clock();
  if (
    !row ||
    row.revoked_at !== null ||
    row.expires_at.getTime() <= now ||
    row.device_id !== request.deviceId
  ) {
    throw new Unauthenticated('auth.refreshInvalid');
  }
  const user = await findUserById(sql, row.user_id);
  if (!user || user.isDisabled) throw new Unauthenticated('auth.refreshInvalid');
  await sql.query('UPDATE device SET last_seen_at = $2::timestamptz WHERE id = $1', [
    row.device_id,
    new Date(now).toISOString(),
  ]);
  const access = tokens.issueAccessToken(user.id, row.device_id);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: new Date(access.expiresAt).toISOString(),
    user: toSessionUser(user),
  };
}
