import type { LoginRequest, LoginResponse } from '../../shared/auth/authProtocol';
import { normalizeUsername } from '../../shared/auth/normalizeUsername';
import type { Sql } from '../db/Sql';
import { Throttled } from '../errors/Throttled';
import { Unauthenticated } from '../errors/Unauthenticated';
import type { Clock } from '../util/Clock';
import { admitLoginAttempt, recordLoginAttempt, settleLogin } from './loginThrottle';
import { verifyPassword } from './passwords';
import { registerDevice } from './registerDevice';
import { startSession } from './startSession';
import type { TokenService } from './tokenService';
import { courtIdleLock } from '../admin/courtIdleLock';
import { isFourEyesRequired } from '../admin/isFourEyesRequired';
import { findUserByUsername, toSessionUser } from './userStore';

/**
 * Password sign-in from `address`: the attempt is counted (per account and address, per address, per
 * account) before the password is checked, then Argon2id-verified; registers the device and returns a
 * 15-minute access token plus a 30-day refresh token bound to that device.
 */
export async function login(
  sql: Sql,
  tokens: TokenService,
  clock: Clock,
  request: LoginRequest,
  address: string,
): Promise<LoginResponse> {
  const source = { username: normalizeUsername(request.username), address };
  const admission = await admitLoginAttempt(sql, source, clock());
  if (!admission.isAdmitted) throw new Throttled('auth.throttled', admission.retryAfterSeconds);
  const user = await findUserByUsername(sql, source.username);
  const isValid = await verifyPassword(user?.passwordHash ?? null, request.password);
  if (!user || !isValid || user.isDisabled) {
    await recordLoginAttempt(sql, source, clock(), false);
    throw new Unauthenticated('auth.badCredentials');
  }
  const now = clock();
  return sql.transaction(async (tx) => {
    await settleLogin(tx, source);
    await recordLoginAttempt(tx, source, now, true);
    const device = await registerDevice(tx, user.id, request.deviceId, request.deviceName, now);
    const session = await startSession(tx, tokens, { userId: user.id, deviceId: device.deviceId }, now);
    return {
      ...session,
      user: toSessionUser(user),
      deviceId: device.deviceId,
      lastProcessedClientSeq: device.lastProcessedClientSeq,
      // The app hides the decisions the rule forbids this lead (the server refuses them regardless).
      isFourEyesRequired: await isFourEyesRequired(tx),
      ...(await courtIdleLock(tx)),
    };
  });
}
