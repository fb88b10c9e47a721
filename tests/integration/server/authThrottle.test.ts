import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createUser } from '../../../server/admin/createUser';
import { buildServer } from '../../../server/app/buildServer';
import { ACCOUNT_BACKOFF_FROM, LOGIN_WINDOW_MS, MAX_PAIR_ATTEMPTS } from '../../../server/auth/loginThrottle';
import { countRows, useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { TEST_PASSWORD } from './support/seedCourt';

type LoginAnswer = { status: number; retryAfter: number; code: string | undefined };

/**
 * Issue 12, the sign-in throttle: an attempt is counted in the database before its password is checked,
 * per account and source address, so a parallel burst cannot pass it; one address failing on purpose
 * does not shut the account out for anyone else, and many addresses only slow the account down.
 */
describe.each(STORAGES)('sign-in throttle (%s)', (kind) => {
  const ctx = useServerSuite(kind);
  let serial = 0;

  async function account(): Promise<string> {
    const username = `thr-${kind}-${++serial}`;
    await createUser(ctx.sql, {
      username,
      name: '限流',
      role: 'officer',
      team: ctx.court.teamA,
      password: TEST_PASSWORD,
    });
    return username;
  }

  async function login(
    username: string,
    password: string,
    address = '10.0.0.1',
    options: { app?: FastifyInstance; forwardedFor?: string } = {},
  ): Promise<LoginAnswer> {
    const response = await (options.app ?? ctx.app).inject({
      method: 'POST',
      url: '/auth/v1/login',
      remoteAddress: address,
      headers: {
        'content-type': 'application/json',
        ...(options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {}),
      },
      payload: JSON.stringify({ username, password, deviceName: 'burst' }),
    });
    const body = response.json<{ error?: { code: string } }>();
    return {
      status: response.statusCode,
      retryAfter: Number(response.headers['retry-after'] ?? 0),
      code: body.error?.code,
    };
  }

  it('lets a parallel burst of 40 from one address check at most 5 passwords, the right one last', async () => {
    const username = await account();
    const passwords = [...Array.from({ length: 39 }, (_, i) => `wrong-guess-${i}`), TEST_PASSWORD];
    const answers = await Promise.all(passwords.map((p) => login(username, p)));
    const checked = answers.filter((a) => a.status !== 429);
    expect(checked).toHaveLength(MAX_PAIR_ATTEMPTS);
    expect(answers.filter((a) => a.status === 429 && a.code === 'auth.throttled')).toHaveLength(
      40 - MAX_PAIR_ATTEMPTS,
    );
    // Counted before the check: the log holds exactly the attempts whose password was looked at.
    expect(await countRows(ctx.sql, 'login_attempt', 'username = $1', [username])).toBe(MAX_PAIR_ATTEMPTS);
    // Unless the right password happened to be among the five checked, this address now waits.
    if (answers[39]!.status === 429) expect((await login(username, TEST_PASSWORD)).status).toBe(429);
  });

  it('does not let one address lock a colleague out: the failures count for that address only', async () => {
    const username = await account();
    for (let i = 0; i < MAX_PAIR_ATTEMPTS; i++)
      expect((await login(username, 'wrong-password', '10.6.6.6')).status).toBe(401);
    const locked = await login(username, TEST_PASSWORD, '10.6.6.6');
    expect(locked.status).toBe(429);
    expect(locked.retryAfter).toBeGreaterThan(0);
    expect(locked.retryAfter).toBeLessThanOrEqual(LOGIN_WINDOW_MS / 1000);
    // The officer at their own address signs in at once.
    expect((await login(username, TEST_PASSWORD, '10.0.0.42')).status).toBe(200);
  });

  it('counts case, width and padding variants of a name as the one account they are', async () => {
    const username = await account();
    const variants = [
      username.toUpperCase(),
      ` ${username} `,
      username.replace(/[a-z]/g, (c) => String.fromCodePoint(c.codePointAt(0)! - 0x61 + 0xff41)),
      `${username}\t`,
      username,
    ];
    for (const variant of variants)
      expect((await login(variant, 'wrong-password', '10.1.1.1')).status).toBe(401);
    expect((await login(` ${username.toUpperCase()}`, TEST_PASSWORD, '10.1.1.1')).status).toBe(429);
    expect((await login(username.toUpperCase(), TEST_PASSWORD, '10.1.1.2')).status).toBe(200);
  });

  it('slows an account attacked from many addresses down instead of locking it', async () => {
    const username = await account();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(username, `guess-${i}`, `10.9.${Math.floor(i / 200)}.${i}`)),
    );
    // The first ACCOUNT_BACKOFF_FROM are checked freely, the next one sets a delay the rest must wait.
    expect(answers.filter((a) => a.status === 401)).toHaveLength(ACCOUNT_BACKOFF_FROM + 1);
    const waiting = await login(username, TEST_PASSWORD, '10.0.0.7');
    expect(waiting.status).toBe(429);
    expect(waiting.retryAfter).toBeLessThanOrEqual(60);
    ctx.now.ms += waiting.retryAfter * 1000;
    expect((await login(username, TEST_PASSWORD, '10.0.0.7')).status).toBe(200);
  });

  it('gives a right password its attempt back: two typos, a success, and five more tries', async () => {
    const username = await account();
    expect((await login(username, 'typo-1', '10.2.2.2')).status).toBe(401);
    expect((await login(username, 'typo-2', '10.2.2.2')).status).toBe(401);
    expect((await login(username, TEST_PASSWORD, '10.2.2.2')).status).toBe(200);
    for (let i = 0; i < MAX_PAIR_ATTEMPTS - 1; i++)
      expect((await login(username, 'typo-x', '10.2.2.2')).status).toBe(401);
    expect((await login(username, TEST_PASSWORD, '10.2.2.2')).status).toBe(200);
  });

  it('believes X-Forwarded-For only from a configured proxy, so nobody picks their own address', async () => {
    const username = await account();
    // No proxy configured: a forged header changes nothing, the peer's address is counted.
    for (let i = 0; i < MAX_PAIR_ATTEMPTS; i++)
      expect(
        (await login(username, 'wrong-password', '10.3.3.3', { forwardedFor: `192.0.2.${i}` })).status,
      ).toBe(401);
    expect((await login(username, TEST_PASSWORD, '10.3.3.3', { forwardedFor: '192.0.2.99' })).status).toBe(
      429,
    );
    // Behind the court's nginx on loopback, each officer is counted by the address nginx names.
    const proxied = await buildServer({
      sql: ctx.sql,
      clock: () => ctx.now.ms,
      trustedProxies: ['127.0.0.1'],
    });
    try {
      const other = await account();
      for (let i = 0; i < MAX_PAIR_ATTEMPTS; i++)
        expect(
          (await login(other, 'wrong-password', '127.0.0.1', { app: proxied, forwardedFor: '198.51.100.6' }))
            .status,
        ).toBe(401);
      expect(
        (await login(other, TEST_PASSWORD, '127.0.0.1', { app: proxied, forwardedFor: '198.51.100.6' }))
          .status,
      ).toBe(429);
      expect(
        (await login(other, TEST_PASSWORD, '127.0.0.1', { app: proxied, forwardedFor: '198.51.100.7' }))
          .status,
      ).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});
