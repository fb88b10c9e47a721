import { REFRESH_TOKEN_TTL_MS } from '../../shared/auth/authProtocol';
import { assert } from '../../shared/util/assert';
import type { SqlExecutor } from '../db/Sql';
import type { TokenService } from './tokenService';

/** The tokens of a new session on a device. */
export type SessionTokens = {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
};

/**
 * Issues a session on a device, inside the caller's transaction: a 30-day refresh token (kept as its hash,
 * bound to the device) and a 15-minute access token in the user's and device's current epochs.
 */
export async function startSession(
  tx: SqlExecutor,
  tokens: TokenService,
  session: { userId: string; deviceId: string },
  now: number,
): Promise<SessionTokens> {
  const rows = await tx.query<{ user_epoch: number; device_epoch: number }>(
    `SELECT u.session_epoch AS user_epoch, d.session_epoch AS device_epoch
     FROM app_user u JOIN device d ON d.id = $2 AND d.user_id = u.id WHERE u.id = $1`,
    [session.userId, session.deviceId],
  );
  const epochs = rows[0];
  assert(epochs !== undefined, `device ${session.deviceId} is registered to ${session.userId}`);
  const refresh = tokens.newRefreshToken();
  const refreshExpiresAt = now + REFRESH_TOKEN_TTL_MS;
  await tx.query(
    `INSERT INTO refresh_token (token_hash, user_id, device_id, issued_at, expires_at)
     VALUES ($1, $2, $3, $4::timestamptz, $5::timestamptz)`,
    [
      refresh.hash,
      session.userId,
      session.deviceId,
      new Date(now).toISOString(),
      new Date(refreshExpiresAt).toISOString(),
    ],
  );
  const access = tokens.issueAccessToken({
    ...session,
    userEpoch: epochs.user_epoch,
    deviceEpoch: epochs.device_epoch,
  });
  return {
    accessToken: access.token,
    accessTokenExpiresAt: new Date(access.expiresAt).toISOString(),
    refreshToken: refresh.token,
    refreshTokenExpiresAt: new Date(refreshExpiresAt).toISOString(),
  };
}
