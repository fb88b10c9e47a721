import { loadDemo } from '../../admin/loadDemo';
import { CliUsageError, optionalOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

export const loadDemoCommand: CliCommand = {
  name: 'load-demo',
  usage: 'load-demo [--seed <种子>] [--cases <案件数, default 300>] [--password <演示用户密码>]',
  valueOptions: ['seed', 'cases', 'password'],
  async run(sql, options, logger) {
    const cases = Number(optionalOption(options, 'cases') ?? '300');
    if (!Number.isInteger(cases) || cases < 0)
      throw new CliUsageError('--cases 应为非负整数 / --cases must be a whole number');
    const result = await loadDemo(sql, {
      seed: optionalOption(options, 'seed') ?? 'fieldwrit-demo',
      caseCount: cases,
      now: new Date(),
      password: optionalOption(options, 'password'),
    });
    logger.say(
      `演示数据已载入 / demo loaded: ${result.created.length} cases created, ${result.skipped.length} already present`,
    );
    if (result.usernames.length > 0) {
      logger.say(`演示用户 / demo users: ${result.usernames.join(', ')}`);
      logger.say(`演示用户密码 / demo password: ${result.password}`);
    }
  },
};
