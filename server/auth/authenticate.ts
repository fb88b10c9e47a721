import type { SqlExecutor } from '../db/Sql';
import { Unauthenticated } from '../errors/Unauthenticated';
import type { TokenService } from './tokenService';
import { findUserWithDevice } from './userStore';
import type { UserRecord } from './userStore';

/** Who is calling: the user behind the access token and the device it was issued to. */
export type AuthContext = { user: UserRecord; deviceId: string };

/**
 * Checks `Authorization: Bearer <access token>` and re-reads the user and the device, so a disabled
 * account, a moved team, a revoked device (`auth.deviceRevoked`, which the app acts on) and an ended
 * session (`auth.sessionEnded`: sign-out, password reset or change) take effect at once, not when the
 * token expires. Unauthenticated for anything wrong with the token.
 */
export async function authenticate(
  db: SqlExecutor,
  tokens: TokenService,
  header: string | undefined,
): Promise<AuthContext> {
  if (header === undefined || header === '') throw new Unauthenticated('auth.missingToken');
  const match = /^Bearer ([A-Za-z0-9._-]{1,2000})$/.exec(header);
  if (!match) throw new Unauthenticated('auth.invalidToken');
  const verified = tokens.verifyAccessToken(match[1]!);
  if (!verified.ok) throw new Unauthenticated(verified.code);
  const found = await findUserWithDevice(db, verified.claims.sub, verified.claims.dev);
  if (!found || found.user.isDisabled) throw new Unauthenticated('auth.invalidToken');
  if (found.device?.userId !== found.user.id) throw new Unauthenticated('auth.invalidToken');
  if (found.device.isRevoked) throw new Unauthenticated('auth.deviceRevoked');
  if (verified.claims.uep !== found.user.sessionEpoch || verified.claims.dep !== found.device.sessionEpoch) {
    throw new Unauthenticated('auth.sessionEnded');
  }
  return { user: found.user, deviceId: verified.claims.dev };
}
