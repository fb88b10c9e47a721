import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_TTL_MS } from '../../shared/auth/authProtocol';
import { createTokenService } from './tokenService';

const SESSION = { userId: 'user-1', deviceId: 'device-1', userEpoch: 3, deviceEpoch: 1 };

describe('tokenService', () => {
  const now = { ms: 1_750_000_000_000 };
  const secret = randomBytes(32);
  const tokens = createTokenService(secret, () => now.ms);

  it('verifies its own access tokens until they expire', () => {
    const { token, expiresAt } = tokens.issueAccessToken(SESSION);
    expect(expiresAt - now.ms).toBe(ACCESS_TOKEN_TTL_MS);
    expect(tokens.verifyAccessToken(token)).toEqual({
      ok: true,
      claims: { typ: 'access', sub: 'user-1', dev: 'device-1', uep: 3, dep: 1, iat: now.ms, exp: expiresAt },
    });
    now.ms = expiresAt;
    expect(tokens.verifyAccessToken(token)).toEqual({ ok: false, code: 'auth.tokenExpired' });
  });

  it('refuses tokens signed with another secret or altered in any part', () => {
    const { token } = tokens.issueAccessToken(SESSION);
    const other = createTokenService(randomBytes(32), () => now.ms).issueAccessToken(SESSION).token;
    const [prefix, body, signature] = token.split('.') as [string, string, string];
    const altered = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), sub: 'admin' }),
    ).toString('base64url');
    for (const bad of [
      other,
      `${prefix}.${altered}.${signature}`,
      `${prefix}.${body}.${signature.slice(0, -2)}`,
      'fw1..',
      'garbage',
      '',
    ]) {
      expect(tokens.verifyAccessToken(bad)).toEqual({ ok: false, code: 'auth.invalidToken' });
    }
  });

  it('makes random refresh tokens and stores only their hash', () => {
    const a = tokens.newRefreshToken();
    const b = tokens.newRefreshToken();
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokens.hashRefreshToken(a.token)).toBe(a.hash);
    expect(a.hash).not.toContain(a.token.slice(5));
  });
});
