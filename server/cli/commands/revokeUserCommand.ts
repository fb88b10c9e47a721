import { revokeUser } from '../../auth/revokeUser';
import { systemClock } from '../../util/Clock';
import { requireOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

/** `revoke-user`: every device of a user at once; the account stays (disable it with update-user). */
export const revokeUserCommand: CliCommand = {
  name: 'revoke-user',
  usage: 'revoke-user --username <登录名>',
  valueOptions: ['username'],
  async run(sql, options, out) {
    const username = requireOption(options, 'username');
    const devices = await revokeUser(sql, username, systemClock());
    out.say(
      `已停用 ${devices.length} 台设备并结束所有会话 / ${devices.length} device(s) revoked, every session of ${username} ended`,
    );
  },
};
