import { describe, expect, it } from 'vitest';
import type {
  ChangePasswordResponse,
  LoginResponse,
  RefreshResponse,
} from '../../../shared/auth/authProtocol';
import { createUser } from '../../../server/admin/createUser';
import { REFRESH_RETRY_GRACE_MS } from '../../../server/auth/refreshSession';
import { revokeDevice } from '../../../server/auth/revokeDevice';
import { revokeUser } from '../../../server/auth/revokeUser';
import { sha256 } from '../../../server/util/sha256';
import { useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { TEST_PASSWORD } from './support/seedCourt';
import { call, TestDevice } from './support/TestDevice';

type ErrorBody = { error: { code: string; message: { 'zh-CN': string; en: string } } };

/**
 * Issue 12, sessions: refresh tokens rotate and a replayed one revokes the device; sign-out, revocation
 * (by device and by user) and a password change end sessions at once, access tokens included.
 */
describe.each(STORAGES)('sessions (%s)', (kind) => {
  const ctx = useServerSuite(kind);
  let serial = 0;

  /** A fresh officer of team A, so each test's sessions and throttle counters are its own. */
  async function officer(): Promise<string> {
    const username = `sess-${kind}-${++serial}`;
    await createUser(ctx.sql, {
      username,
      name: '会话',
      role: 'officer',
      team: ctx.court.teamA,
      password: TEST_PASSWORD,
    });
    return username;
  }
  const refresh = (refreshToken: string, deviceId: string) =>
    call<RefreshResponse & ErrorBody>(ctx.app, 'POST', '/auth/v1/refresh', { refreshToken, deviceId });
  const pull = (deviceId: string, token: string) =>
    call<ErrorBody>(ctx.app, 'POST', '/sync/v1/pull', { deviceId, cursor: 0 }, token);

  it('rotates the refresh token on every use and never caches token answers', async () => {
    const device = await TestDevice.login(ctx.app, await officer());
    const first = await refresh(device.session.refreshToken, device.deviceId);
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.body.refreshToken).toMatch(/^fwr1\./);
    expect(first.body.refreshToken).not.toBe(device.session.refreshToken);
    const second = await refresh(first.body.refreshToken!, device.deviceId);
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
    expect((await pull(device.deviceId, second.body.accessToken)).status).toBe(200);
    const login = await call<LoginResponse>(ctx.app, 'POST', '/auth/v1/login', {
      username: device.session.user.username,
      password: TEST_PASSWORD,
      deviceName: 'x',
    });
    expect(login.headers['cache-control']).toBe('no-store');
  });

  it('revokes the device when a rotated refresh token is replayed: neither copy works on', async () => {
    const device = await TestDevice.login(ctx.app, await officer());
    const stolen = device.session.refreshToken;
    const legit = await refresh(stolen, device.deviceId);
    expect(legit.status).toBe(200);
    // The successor is used, so the old token coming back is not a lost answer: it is a copy.
    const next = await refresh(legit.body.refreshToken!, device.deviceId);
    expect(next.status).toBe(200);
    const replay = await refresh(stolen, device.deviceId);
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('auth.deviceRevoked');
    expect(replay.body.error.message['zh-CN']).toMatch(/停用/);
    // Every token of the device ended: the newest refresh token and the access token in hand.
    expect((await refresh(next.body.refreshToken!, device.deviceId)).body.error.code).toBe(
      'auth.deviceRevoked',
    );
    expect((await pull(device.deviceId, next.body.accessToken)).body.error.code).toBe('auth.deviceRevoked');
    const [row] = await ctx.sql.query<{ revoked_reason: string }>(
      'SELECT revoked_reason FROM device WHERE id = $1',
      [device.deviceId],
    );
    expect(row!.revoked_reason).toBe('refreshReuse');
    // Its officer signs in on it again with the password: the same device and sequence, working again.
    const back = await TestDevice.login(ctx.app, device.session.user.username, { deviceId: device.deviceId });
    expect(back.deviceId).toBe(device.deviceId);
    expect((await back.pull(0)).status).toBe(200);
  });

  it('takes a replay shortly after a lost answer as a retry, once, and a late replay as theft', async () => {
    const device = await TestDevice.login(ctx.app, await officer());
    const held = device.session.refreshToken;
    const lost = await refresh(held, device.deviceId);
    expect(lost.status).toBe(200);
    // The answer never reached the app, which sends the token it still has.
    const retried = await refresh(held, device.deviceId);
    expect(retried.status).toBe(200);
    // The lost successor is used up now: whoever presents it later is not the app.
    const late = await refresh(lost.body.refreshToken!, device.deviceId);
    expect(late.status).toBe(401);
    expect(late.body.error.code).toBe('auth.deviceRevoked');

    const other = await TestDevice.login(ctx.app, await officer());
    const old = other.session.refreshToken;
    expect((await refresh(old, other.deviceId)).status).toBe(200);
    ctx.now.ms += REFRESH_RETRY_GRACE_MS;
    expect((await refresh(old, other.deviceId)).body.error.code).toBe('auth.deviceRevoked');
  });

  it('serves two refreshes with one token at the same moment as one rotation and one retry', async () => {
    const device = await TestDevice.login(ctx.app, await officer());
    const both = await Promise.all([
      refresh(device.session.refreshToken, device.deviceId),
      refresh(device.session.refreshToken, device.deviceId),
    ]);
    expect(both.map((a) => a.status)).toEqual([200, 200]);
    const tokens = both.map((a) => a.body.refreshToken!);
    expect(new Set(tokens).size).toBe(2);
    // Exactly one of the two successors is current; the other was used up by the retry.
    const rows = await ctx.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM refresh_token
       WHERE token_hash IN ($1, $2) AND rotated_at IS NULL AND revoked_at IS NULL`,
      tokens.map((t) => sha256.hex(t)),
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('signs a device out: its access and refresh tokens stop, other devices of the user go on', async () => {
    const username = await officer();
    const laptop = await TestDevice.login(ctx.app, username);
    const tablet = await TestDevice.login(ctx.app, username);
    const out = await call<{ isSignedOut: boolean }>(ctx.app, 'POST', '/auth/v1/logout', {}, laptop.token);
    expect(out.status).toBe(200);
    expect(out.body.isSignedOut).toBe(true);
    expect((await laptop.pull(0)).status).toBe(401);
    expect(((await laptop.pull(0)).body as unknown as ErrorBody).error.code).toBe('auth.sessionEnded');
    expect((await refresh(laptop.session.refreshToken, laptop.deviceId)).body.error.code).toBe(
      'auth.refreshInvalid',
    );
    expect((await tablet.pull(0)).status).toBe(200);
  });

  it('revokes one device or every device of a user, told auth.deviceRevoked at the next contact', async () => {
    const username = await officer();
    const laptop = await TestDevice.login(ctx.app, username);
    const tablet = await TestDevice.login(ctx.app, username);
    await ctx.sql.transaction((tx) => revokeDevice(tx, laptop.deviceId, 'admin', ctx.now.ms));
    expect(((await laptop.pull(0)).body as unknown as ErrorBody).error.code).toBe('auth.deviceRevoked');
    expect((await refresh(laptop.session.refreshToken, laptop.deviceId)).body.error.code).toBe(
      'auth.deviceRevoked',
    );
    expect((await tablet.pull(0)).status).toBe(200);

    expect(await revokeUser(ctx.sql, ` ${username.toUpperCase()}`, ctx.now.ms)).toHaveLength(2);
    expect(((await tablet.pull(0)).body as unknown as ErrorBody).error.code).toBe('auth.deviceRevoked');
    // The account stays: a sign-in with the password works, on a device of its own.
    expect((await (await TestDevice.login(ctx.app, username)).pull(0)).status).toBe(200);
  });

  it('lets a signed-in user change their own password: the current one required, the policy applied', async () => {
    const username = await officer();
    const laptop = await TestDevice.login(ctx.app, username);
    const tablet = await TestDevice.login(ctx.app, username);
    const change = (currentPassword: string, newPassword: string) =>
      call<ChangePasswordResponse & ErrorBody>(
        ctx.app,
        'POST',
        '/auth/v1/password',
        { currentPassword, newPassword },
        laptop.token,
      );
    const wrong = await change('not-my-password', 'a-long-fresh-secret');
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('auth.currentPasswordWrong');
    for (const [weak, code] of [
      ['short1', 'auth.passwordTooShort'],
      ['1qaz2wsx3edc', 'auth.passwordTooCommon'],
      ['woaini1314', 'auth.passwordTooCommon'],
      [`my-${username}-pw`, 'auth.passwordContainsUsername'],
    ] as const) {
      const refused = await change(TEST_PASSWORD, weak);
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe(code);
    }
    const done = await change(TEST_PASSWORD, 'a-long-fresh-secret');
    expect(done.status).toBe(200);
    expect(done.headers['cache-control']).toBe('no-store');
    // The device that asked stays signed in on its new session; every other session has ended.
    expect((await pull(laptop.deviceId, done.body.accessToken)).status).toBe(200);
    expect((await laptop.pull(0)).status).toBe(401);
    expect(((await tablet.pull(0)).body as unknown as ErrorBody).error.code).toBe('auth.sessionEnded');
    expect((await refresh(tablet.session.refreshToken, tablet.deviceId)).status).toBe(401);
    await expect(TestDevice.login(ctx.app, username)).rejects.toThrow(/401/);
    await TestDevice.login(ctx.app, username, { password: 'a-long-fresh-secret' });
  });
});
