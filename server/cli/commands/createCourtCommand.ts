import { createCourt } from '../../admin/createCourt';
import { requireOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

export const createCourtCommand: CliCommand = {
  name: 'create-court',
  usage: 'create-court --name <法院名称> --code <法院代字, e.g. 内0203>',
  valueOptions: ['name', 'code'],
  async run(sql, options, out) {
    const court = await createCourt(sql, {
      name: requireOption(options, 'name'),
      code: requireOption(options, 'code'),
    });
    out.say(`已创建法院 / court created: ${court.name} (${court.code}) id=${court.id}`);
  },
};
