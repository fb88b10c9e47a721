import { REFRESH_TOKEN_TTL_MS } from '../../shared/auth/authProtocol';
import type { RefreshRequest, RefreshResponse } from '../../shared/auth/authProtocol';
import type { Sql, SqlExecutor } from '../db/Sql';
import { Unauthenticated } from '../errors/Unauthenticated';
import type { Clock } from '../util/Clock';
import { revokeDevice } from './revokeDevice';
import type { TokenService } from './tokenService';
import { courtIdleLock } from '../admin/courtIdleLock';
import { isFourEyesRequired } from '../admin/isFourEyesRequired';
import { findUserById, toSessionUser } from './userStore';

/**
 * How long after a rotation the used-up token is still taken as a retry rather than a replay, provided
 * its successor was never used: the answer carrying the successor was lost on a flaky connection, and the
 * app sends the token it still has. Long enough for a retry, short enough to leave a thief little.
 */
export const REFRESH_RETRY_GRACE_MS = 60_000;

type TokenRow = {
  user_id: string;
  device_id: string;
  expires_at: Date;
  revoked_at: Date | null;
  rotated_at: Date | null;
  replaced_by: string | null;
};

type Outcome = { ok: true; answer: RefreshResponse } | { ok: false; code: string };

/**
 * A new access token AND a new refresh token for the device a refresh token was issued to: the token
 * sent is used up (rotated). Sending a rotated token again is a replay (someone copied it), and revokes
 * the device, so neither copy works on; a retry within REFRESH_RETRY_GRACE_MS whose successor was never
 * used is the lost-answer case and rotates again (the undelivered successor then counts as replayed if
 * it ever comes). Ends after 30 days unused, on a password reset, sign-out
 * or revocation, and when the account is disabled. Runs under a row lock on the token: two refreshes
 * with one token are one rotation and one retry, never two sessions.
 */
export async function refreshSession(
  sql: Sql,
  tokens: TokenService,
  clock: Clock,
  request: RefreshRequest,
): Promise<RefreshResponse> {
  const now = clock();
  // The revocation of a replay must commit, so the refusal is thrown only after the transaction.
  const outcome = await sql.transaction((tx) => rotate(tx, tokens, now, request));
  if (!outcome.ok) throw new Unauthenticated(outcome.code);
  return outcome.answer;
}

async function rotate(
  tx: SqlExecutor,
  tokens: TokenService,
  now: number,
  request: RefreshRequest,
): Promise<Outcome> {
  const row = await lockToken(tx, tokens.hashRefreshToken(request.refreshToken));
  if (!row || row.device_id !== request.deviceId) return { ok: false, code: 'auth.refreshInvalid' };
  const devices = await tx.query<{ revoked_at: Date | null; session_epoch: number }>(
    'SELECT revoked_at, session_epoch FROM device WHERE id = $1 FOR UPDATE',
    [row.device_id],
  );
  const device = devices[0];
  if (!device) return { ok: false, code: 'auth.refreshInvalid' };
  if (device.revoked_at !== null) return { ok: false, code: 'auth.deviceRevoked' };
  if (row.revoked_at !== null || row.expires_at.getTime() <= now)
    return { ok: false, code: 'auth.refreshInvalid' };
  const superseded: string[] = [];
  if (row.rotated_at !== null) {
    const successor = row.replaced_by === null ? undefined : await lockToken(tx, row.replaced_by);
    const isRetry =
      now - row.rotated_at.getTime() < REFRESH_RETRY_GRACE_MS &&
      successor !== undefined &&
      successor.rotated_at === null &&
      successor.revoked_at === null;
    if (!isRetry) {
      await revokeDevice(tx, row.device_id, 'refreshReuse', now);
      return { ok: false, code: 'auth.deviceRevoked' };
    }
    // The successor never reached the app: it is used up too.
    superseded.push(row.replaced_by!);
  }
  const user = await findUserById(tx, row.user_id);
  if (!user || user.isDisabled) return { ok: false, code: 'auth.refreshInvalid' };
  const at = new Date(now).toISOString();
  const next = tokens.newRefreshToken();
  const nextExpiresAt = now + REFRESH_TOKEN_TTL_MS;
  await tx.query(
    `INSERT INTO refresh_token (token_hash, user_id, device_id, issued_at, expires_at)
     VALUES ($1, $2, $3, $4::timestamptz, $5::timestamptz)`,
    [next.hash, user.id, row.device_id, at, new Date(nextExpiresAt).toISOString()],
  );
  await tx.query(
    `UPDATE refresh_token SET rotated_at = COALESCE(rotated_at, $2::timestamptz), replaced_by = $3
     WHERE token_hash = $1`,
    [tokens.hashRefreshToken(request.refreshToken), at, next.hash],
  );
  // A successor that never reached the app has no successor of its own: presenting it is a replay.
  for (const hash of superseded) {
    await tx.query(
      'UPDATE refresh_token SET rotated_at = $2::timestamptz, replaced_by = NULL WHERE token_hash = $1',
      [hash, at],
    );
  }
  await tx.query('UPDATE device SET last_seen_at = $2::timestamptz WHERE id = $1', [row.device_id, at]);
  const access = tokens.issueAccessToken({
    userId: user.id,
    deviceId: row.device_id,
    userEpoch: user.sessionEpoch,
    deviceEpoch: device.session_epoch,
  });
  return {
    ok: true,
    answer: {
      accessToken: access.token,
      accessTokenExpiresAt: new Date(access.expiresAt).toISOString(),
      refreshToken: next.token,
      refreshTokenExpiresAt: new Date(nextExpiresAt).toISOString(),
      user: toSessionUser(user),
      isFourEyesRequired: await isFourEyesRequired(tx),
      ...(await courtIdleLock(tx)),
    },
  };
}

async function lockToken(tx: SqlExecutor, hash: string): Promise<TokenRow | undefined> {
  const rows = await tx.query<TokenRow>(
    `SELECT user_id, device_id, expires_at, revoked_at, rotated_at, replaced_by FROM refresh_token
     WHERE token_hash = $1 FOR UPDATE`,
    [hash],
  );
  return rows[0];
}
