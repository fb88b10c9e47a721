import { userRoleSchema } from '../../../shared/auth/userRole';
import { updateUser } from '../../admin/updateUser';
import type { UserChange } from '../../admin/updateUser';
import { CliUsageError, optionalOption, requireOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

export const updateUserCommand: CliCommand = {
  name: 'update-user',
  usage:
    'update-user --username <登录名> [--team <团队>] [--role officer|team_lead|admin] [--disable | --enable]',
  valueOptions: ['username', 'team', 'role'],
  flagOptions: ['disable', 'enable'],
  async run(sql, options, out) {
    const change: UserChange = {};
    const team = optionalOption(options, 'team');
    if (team !== undefined) change.team = team;
    const role = optionalOption(options, 'role');
    if (role !== undefined) {
      const parsed = userRoleSchema.safeParse(role);
      if (!parsed.success)
        throw new CliUsageError(
          '--role 应为 officer、team_lead 或 admin / --role must be officer, team_lead or admin',
        );
      change.role = parsed.data;
    }
    if (options.disable === true) change.isDisabled = true;
    if (options.enable === true) change.isDisabled = false;
    const username = requireOption(options, 'username');
    await updateUser(sql, username, change);
    out.say(`已更新用户 / user updated: ${username}`);
  },
};
