import { describe, expect, it } from 'vitest';
import type { LoginResponse, RefreshResponse } from '../../../shared/auth/authProtocol';
import { ACCESS_TOKEN_TTL_MS, REFRESH_TOKEN_TTL_MS } from '../../../shared/auth/authProtocol';
import { createUser } from '../../../server/admin/createUser';
import { resetPassword } from '../../../server/admin/resetPassword';
import { LOGIN_WINDOW_MS } from '../../../server/auth/loginThrottle';
import { createCases, useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { TEST_PASSWORD } from './support/seedCourt';
import { call, TestDevice } from './support/TestDevice';

type ErrorBody = { error: { code: string; message: { 'zh-CN': string; en: string } } };

describe.each(STORAGES)('authentication (%s)', (kind) => {
  const ctx = useServerSuite(kind);
  const login = (username: string, password: string) =>
    call<LoginResponse & ErrorBody>(ctx.app, 'POST', '/auth/v1/login', {
      username,
      password,
      deviceName: 'laptop',
    });

  it('signs in with an Argon2id-checked password and registers the device', async () => {
    const answer = await login('A1 ', TEST_PASSWORD);
    expect(answer.status).toBe(200);
    expect(answer.body.user).toEqual({
      id: ctx.court.users.officerA1,
      username: 'a1',
      name: 'a1',
      role: 'officer',
      teamId: ctx.court.teamA,
    });
    expect(Date.parse(answer.body.accessTokenExpiresAt) - ctx.now.ms).toBe(ACCESS_TOKEN_TTL_MS);
    expect(Date.parse(answer.body.refreshTokenExpiresAt) - ctx.now.ms).toBe(REFRESH_TOKEN_TTL_MS);
    expect(answer.body.lastProcessedClientSeq).toBe(0);
    const [row] = await ctx.sql.query<{ user_id: string }>('SELECT user_id FROM device WHERE id = $1', [
      answer.body.deviceId,
    ]);
    expect(row!.user_id).toBe(ctx.court.users.officerA1);
    const [user] = await ctx.sql.query<{ password_hash: string }>(
      'SELECT password_hash FROM app_user WHERE username = $1',
      ['a1'],
    );
    expect(user!.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('locks an account after 5 failures within 15 minutes, even for the right password, then lets it in again', async () => {
    const username = `throttled-${kind}`;
    await createUser(ctx.sql, {
      username,
      name: '限流',
      role: 'officer',
      team: ctx.court.teamA,
      password: TEST_PASSWORD,
    });
    for (let i = 0; i < 5; i++) expect((await login(username, 'wrong-password')).status).toBe(401);
    const locked = await login(username, TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('auth.throttled');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Unknown accounts are throttled the same way, so the answer tells nothing about who exists.
    for (let i = 0; i < 5; i++) expect((await login(`ghost-${kind}`, 'x-password')).status).toBe(401);
    expect((await login(`ghost-${kind}`, 'x-password')).status).toBe(429);
    ctx.now.ms += LOGIN_WINDOW_MS + 1000;
    expect((await login(username, TEST_PASSWORD)).status).toBe(200);
  });

  it('expires access tokens after 15 minutes; the device-bound refresh token gets a new one', async () => {
    const device = await TestDevice.login(ctx.app, 'a2');
    expect((await device.pull(0)).status).toBe(200);
    ctx.now.ms += ACCESS_TOKEN_TTL_MS + 1;
    const expired = await device.pull(0);
    expect(expired.status).toBe(401);
    expect((expired.body as unknown as ErrorBody).error.code).toBe('auth.tokenExpired');

    const wrongDevice = await call<ErrorBody>(ctx.app, 'POST', '/auth/v1/refresh', {
      refreshToken: device.session.refreshToken,
      deviceId: 'another-device',
    });
    expect(wrongDevice.status).toBe(401);
    const refreshed = await call<RefreshResponse>(ctx.app, 'POST', '/auth/v1/refresh', {
      refreshToken: device.session.refreshToken,
      deviceId: device.deviceId,
    });
    expect(refreshed.status).toBe(200);
    const again = await call(
      ctx.app,
      'POST',
      '/sync/v1/pull',
      { deviceId: device.deviceId, cursor: 0 },
      refreshed.body.accessToken,
    );
    expect(again.status).toBe(200);

    ctx.now.ms += REFRESH_TOKEN_TTL_MS;
    const tooOld = await call<ErrorBody>(ctx.app, 'POST', '/auth/v1/refresh', {
      refreshToken: device.session.refreshToken,
      deviceId: device.deviceId,
    });
    expect(tooOld.status).toBe(401);
    expect(tooOld.body.error.code).toBe('auth.refreshInvalid');
  });

  it('ends every session on a password reset: refresh tokens and the access token in hand', async () => {
    const username = `reset-${kind}`;
    await createUser(ctx.sql, {
      username,
      name: '重置',
      role: 'officer',
      team: ctx.court.teamA,
      password: TEST_PASSWORD,
    });
    const device = await TestDevice.login(ctx.app, username);
    expect((await device.pull(0)).status).toBe(200);
    await resetPassword(ctx.sql, username, 'a-brand-new-password', () => ctx.now.ms);
    // The access token has minutes left, but the session it belongs to has ended.
    const afterReset = await device.pull(0);
    expect(afterReset.status).toBe(401);
    expect((afterReset.body as unknown as ErrorBody).error.code).toBe('auth.sessionEnded');
    const refresh = await call(ctx.app, 'POST', '/auth/v1/refresh', {
      refreshToken: device.session.refreshToken,
      deviceId: device.deviceId,
    });
    expect(refresh.status).toBe(401);
    expect((await login(username, TEST_PASSWORD)).status).toBe(401);
    const again = await login(username, 'a-brand-new-password');
    expect(again.status).toBe(200);
    expect(
      (
        await call(
          ctx.app,
          'POST',
          '/sync/v1/pull',
          { deviceId: again.body.deviceId, cursor: 0 },
          again.body.accessToken,
        )
      ).status,
    ).toBe(200);
  });

  it('keeps the device and its sequence across sign-ins of the same user', async () => {
    const first = await TestDevice.login(ctx.app, 'lead-a');
    const { cases, commitSeq } = await createCases(ctx.sql, ctx.court.teamA);
    await first.push([first.patch(cases[0]!.id, { notes: ['', 'x'] }, commitSeq)]);
    const second = await TestDevice.login(ctx.app, 'lead-a', { deviceId: first.deviceId });
    expect(second.deviceId).toBe(first.deviceId);
    expect(second.session.lastProcessedClientSeq).toBe(1);
  });
});
