import { loadDemo } from '../../admin/loadDemo';
import { CliUsageError, optionalOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

export const loadDemoCommand: CliCommand = {
  name: 'load-demo',
  usage:
    'load-demo [--seed <种子>] [--cases <案件数, default 300>] [--password <演示用户密码>] [--now <ISO 时刻, default now>]',
  valueOptions: ['seed', 'cases', 'password', 'now'],
  async run(sql, options, out) {
    const cases = Number(optionalOption(options, 'cases') ?? '300');
    if (!Number.isInteger(cases) || cases < 0)
      throw new CliUsageError('--cases 应为非负整数 / --cases must be a whole number');
    // The demo court is dated from "now": tests pin it so its periods and deadlines do not move with the calendar.
    const nowText = optionalOption(options, 'now');
    const now = nowText === undefined ? new Date() : new Date(nowText);
    if (Number.isNaN(now.getTime()) || (nowText !== undefined && !/^\d{4}-\d{2}-\d{2}T/.test(nowText)))
      throw new CliUsageError(
        '--now 应为 ISO 时刻，如 2028-02-29T09:00:00+08:00 / --now must be an ISO instant',
      );
    const result = await loadDemo(sql, {
      seed: optionalOption(options, 'seed') ?? 'fieldwrit-demo',
      caseCount: cases,
      now,
      password: optionalOption(options, 'password'),
    });
    out.say(
      `演示数据已载入 / demo loaded: ${result.created.length} cases created, ${result.skipped.length} already present`,
    );
    if (result.usernames.length > 0) {
      out.say(`演示用户 / demo users: ${result.usernames.join(', ')}`);
      out.say(`演示用户密码 / demo password: ${result.password}`);
    }
  },
};
