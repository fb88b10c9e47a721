import { createTeam } from '../../admin/createTeam';
import { requireOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

export const createTeamCommand: CliCommand = {
  name: 'create-team',
  usage: 'create-team --name <团队名称>',
  valueOptions: ['name'],
  async run(sql, options, out) {
    const team = await createTeam(sql, { name: requireOption(options, 'name') });
    out.say(`已创建团队 / team created: ${team.name} id=${team.id}`);
  },
};
