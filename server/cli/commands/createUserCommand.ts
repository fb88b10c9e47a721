import { userRoleSchema } from '../../../shared/auth/userRole';
import { createUser } from '../../admin/createUser';
import { CliUsageError, optionalOption, requireOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';
import { readPassword } from './readPassword';

export const createUserCommand: CliCommand = {
  name: 'create-user',
  usage:
    'create-user --username <登录名> --name <姓名> --role officer|team_lead|admin [--team <团队名称或ID>] [--password <密码>]',
  valueOptions: ['username', 'name', 'role', 'team', 'password'],
  async run(sql, options, out) {
    const role = userRoleSchema.safeParse(requireOption(options, 'role'));
    if (!role.success)
      throw new CliUsageError(
        '--role 应为 officer、team_lead 或 admin / --role must be officer, team_lead or admin',
      );
    const user = await createUser(sql, {
      username: requireOption(options, 'username'),
      name: requireOption(options, 'name'),
      role: role.data,
      team: optionalOption(options, 'team') ?? null,
      password: await readPassword(options),
    });
    out.say(`已创建用户 / user created: ${user.username} id=${user.id}`);
  },
};
