import { resetPassword } from '../../admin/resetPassword';
import { requireOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';
import { readPassword } from './readPassword';

export const resetPasswordCommand: CliCommand = {
  name: 'reset-password',
  usage: 'reset-password --username <登录名> [--password <新密码>]',
  valueOptions: ['username', 'password'],
  async run(sql, options, out) {
    const username = requireOption(options, 'username');
    await resetPassword(sql, username, await readPassword(options));
    out.say(
      `已重置密码，该用户所有设备需重新登录 / password reset; every device of ${username} must sign in again`,
    );
  },
};
