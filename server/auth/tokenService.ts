import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ACCESS_TOKEN_TTL_MS } from '../../shared/auth/authProtocol';
import type { Clock } from '../util/Clock';
import { sha256 } from '../util/sha256';

const PREFIX = 'fw1';
const REFRESH_PREFIX = 'fwr1';

const claimsSchema = z.object({
  typ: z.literal('access'),
  sub: z.string().min(1),
  dev: z.string().min(1),
  /** The user's and the device's session epochs when issued: a raised epoch ends the token at once. */
  uep: z.number().int().nonnegative(),
  dep: z.number().int().nonnegative(),
  iat: z.number().int(),
  exp: z.number().int(),
});
/** What an access token asserts: this user, on this device, in these sessions, until `exp` (ms). */
export type AccessClaims = z.infer<typeof claimsSchema>;

export type VerifyResult =
  { ok: true; claims: AccessClaims } | { ok: false; code: 'auth.invalidToken' | 'auth.tokenExpired' };

/** Whose session an access token belongs to, with the epochs it is valid in (authenticate checks them). */
export type SessionRef = { userId: string; deviceId: string; userEpoch: number; deviceEpoch: number };

/** Issues and checks the server's tokens. */
export type TokenService = {
  issueAccessToken(session: SessionRef): { token: string; expiresAt: number };
  verifyAccessToken(token: string): VerifyResult;
  /** A new random refresh token and the hash under which it is stored. */
  newRefreshToken(): { token: string; hash: string };
  hashRefreshToken(token: string): string;
};

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/**
 * Access tokens are `fw1.<claims>.<HMAC-SHA256>` signed with the server's secret (kept in the database, so
 * every server process on one PostgreSQL accepts the others' tokens). Refresh tokens are random and stored
 * only as SHA-256, bound to a device row.
 */
export function createTokenService(secret: Buffer, clock: Clock): TokenService {
  const sign = (body: string) => createHmac('sha256', secret).update(`${PREFIX}.${body}`).digest();
  return {
    issueAccessToken(session) {
      const iat = clock();
      const claims: AccessClaims = {
        typ: 'access',
        sub: session.userId,
        dev: session.deviceId,
        uep: session.userEpoch,
        dep: session.deviceEpoch,
        iat,
        exp: iat + ACCESS_TOKEN_TTL_MS,
      };
      const body = b64(JSON.stringify(claims));
      return { token: `${PREFIX}.${body}.${b64(sign(body))}`, expiresAt: claims.exp };
    },
    verifyAccessToken(token) {
      const parts = token.split('.');
      if (parts.length !== 3 || parts[0] !== PREFIX) return { ok: false, code: 'auth.invalidToken' };
      const [, body, signature] = parts as [string, string, string];
      const expected = sign(body);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { ok: false, code: 'auth.invalidToken' };
      }
      let raw: unknown;
      try {
        raw = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      } catch {
        return { ok: false, code: 'auth.invalidToken' };
      }
      const parsed = claimsSchema.safeParse(raw);
      if (!parsed.success) return { ok: false, code: 'auth.invalidToken' };
      if (parsed.data.exp <= clock()) return { ok: false, code: 'auth.tokenExpired' };
      return { ok: true, claims: parsed.data };
    },
    newRefreshToken() {
      const token = `${REFRESH_PREFIX}.${b64(randomBytes(32))}`;
      return { token, hash: sha256.hex(token) };
    },
    hashRefreshToken(token) {
      return sha256.hex(token);
    },
  };
}
