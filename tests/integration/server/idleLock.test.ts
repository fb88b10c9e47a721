import { describe, expect, it } from 'vitest';
import {
  loginResponseSchema,
  refreshResponseSchema,
  type RefreshResponse,
} from '../../../shared/auth/authProtocol';
import { updateCourt } from '../../../server/admin/updateCourt';
import { CliUsageError } from '../../../server/cli/CliCommand';
import { updateCourtCommand } from '../../../server/cli/commands/updateCourtCommand';
import type { Terminal } from '../../../server/log/terminal';
import { useServerSuite } from './support/serverSuite';
import { STORAGES } from './support/testStorage';
import { call, TestDevice } from './support/TestDevice';

/**
 * Issue 11, "A lock that holds": the idle period after which the app locks is set by the court
 * (`update-court --idle-lock-minutes`) and reaches the app in the login and refresh answers.
 */
describe.each(STORAGES)('the court sets the idle lock (%s)', (kind) => {
  const ctx = useServerSuite(kind);
  const said: string[] = [];
  const out = {
    say: (t: string) => said.push(t),
    sayError: (t: string) => said.push(t),
  } as unknown as Terminal;
  const refresh = (device: TestDevice) =>
    call<RefreshResponse>(ctx.app, 'POST', '/auth/v1/refresh', {
      refreshToken: device.session.refreshToken,
      deviceId: device.deviceId,
    });

  it('leaves the field out until the court chooses, then sends its minutes at login and refresh', async () => {
    const before = await TestDevice.login(ctx.app, 'a1');
    expect(before.session).not.toHaveProperty('idleLockMinutes');

    try {
      await updateCourtCommand.run(ctx.sql, { 'idle-lock-minutes': '5' }, out);
      expect(said.at(-1)).toContain('locks after 5 idle minutes');
      const after = await TestDevice.login(ctx.app, 'a1');
      expect(loginResponseSchema.parse(after.session).idleLockMinutes).toBe(5);
      const refreshed = await refresh(after);
      expect(refreshed.status).toBe(200);
      expect(refreshResponseSchema.parse(refreshed.body).idleLockMinutes).toBe(5);

      await updateCourtCommand.run(ctx.sql, { 'idle-lock-minutes': 'default' }, out);
      expect((await TestDevice.login(ctx.app, 'a1')).session).not.toHaveProperty('idleLockMinutes');
    } finally {
      await updateCourt(ctx.sql, { idleLockMinutes: null });
    }
  });

  it('refuses minutes the app would not accept, changing nothing', async () => {
    for (const bad of ['0', '1441', '2.5', 'ten', '-3'])
      await expect(
        updateCourtCommand.run(ctx.sql, { 'idle-lock-minutes': bad, 'four-eyes': 'off' }, out),
      ).rejects.toBeInstanceOf(CliUsageError);
    await expect(updateCourtCommand.run(ctx.sql, {}, out)).rejects.toBeInstanceOf(CliUsageError);
    const device = await TestDevice.login(ctx.app, 'a1');
    expect(device.session).not.toHaveProperty('idleLockMinutes');
    expect(device.session.isFourEyesRequired).toBe(true);
  });

  it('keeps a value outside 1 to 1440 out of the court row itself', async () => {
    await expect(updateCourt(ctx.sql, { idleLockMinutes: 0 })).rejects.toThrow();
    await expect(updateCourt(ctx.sql, { idleLockMinutes: 1441 })).rejects.toThrow();
  });
});
