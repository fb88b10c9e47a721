import { REFRESH_TOKEN_TTL_MS } from '../../shared/auth/authProtocol';
import type { LoginRequest, LoginResponse } from '../../shared/auth/authProtocol';
import { normalizeUsername } from '../../shared/auth/normalizeUsername';
import type { Sql } from '../db/Sql';
import { Throttled } from '../errors/Throttled';
import { Unauthenticated } from '../errors/Unauthenticated';
import type { Clock } from '../util/Clock';
import { checkLoginThrottle, recordLoginAttempt } from './loginThrottle';
import { verifyPassword } from './passwords';
import { registerDevice } from './registerDevice';
import type { TokenService } from './tokenService';
import { findUserByUsername, toSessionUser } from './userStore';

/**
 * Password sign-in: throttled per account, Argon2id-verified, registers the device and returns a 15-minute
 * access token plus a 30-day refresh token bound to that device.
 */
export async function login(
  sql: Sql,
  tokens: TokenService,
  clock: Clock,
  request: LoginRequest,
): Promise<LoginResponse> {
  const username = normalizeUsername(request.username);
  const throttle = await checkLoginThrottle(sql, username, clock());
  if (throttle.isBlocked) {
    throw new Throttled('auth.throttled', throttle.retryAfterSeconds);
  }
  const user = await findUserByUsername(sql, username);
  const isValid = await verifyPassword(user?.passwordHash ?? null, request.password);
  if (!user || !isValid || user.isDisabled) {
    await recordLoginAttempt(sql, username, clock(), false);
    throw new Unauthenticated('auth.badCredentials');
  }
  const now = clock();
  return sql.transaction(async (tx) => {
    await recordLoginAttempt(tx, username, now, true);
    const device = await registerDevice(tx, user.id, request.deviceId, request.deviceName, now);
    const refresh = tokens.newRefreshToken();
    const refreshExpiresAt = now + REFRESH_TOKEN_TTL_MS;
    await tx.query(
      `INSERT INTO refresh_token (token_hash, user_id, device_id, issued_at, expires_at)
       VALUES ($1, $2, $3, $4::timestamptz, $5::timestamptz)`,
      [
        refresh.hash,
        user.id,
        device.deviceId,
        new Date(now).toISOString(),
        new Date(refreshExpiresAt).toISOString(),
      ],
    );
    const access = tokens.issueAccessToken(user.id, device.deviceId);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: new Date(access.expiresAt).toISOString(),
      refreshToken: refresh.token,
      refreshTokenExpiresAt: new Date(refreshExpiresAt).toISOString(),
      user: toSessionUser(user),
      deviceId: device.deviceId,
      lastProcessedClientSeq: device.lastProcessedClientSeq,
    };
  });
}
