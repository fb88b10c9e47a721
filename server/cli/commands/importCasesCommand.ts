import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { AdminError } from '../../admin/AdminError';
import { importCases } from '../../import/importCases';
import type { ImportProblem } from '../../import/rowToCase';
import { optionalOption, requireOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

const line = (p: ImportProblem) =>
  `  第 ${p.row} 行 / row ${p.row}${p.column ? ` [${p.column}]` : ''}: ${p.message['zh-CN']} / ${p.message.en} (${p.code})`;

export const importCasesCommand: CliCommand = {
  name: 'import-cases',
  usage: 'import-cases --file <cases.csv|cases.xlsx> [--team <默认团队>]',
  valueOptions: ['file', 'team'],
  async run(sql, options, logger) {
    const file = requireOption(options, 'file');
    if (!['.csv', '.xlsx'].includes(extname(file).toLowerCase()))
      throw new AdminError('import.unsupportedFormat', file);
    const report = await importCases(sql, await readFile(file), {
      team: optionalOption(options, 'team') ?? null,
    });
    logger.say(
      `导入完成 / import finished (${report.encoding}): ${report.rows} 行 rows, ${report.created} 新建 created, ` +
        `${report.existing.length} 已存在 already present, ${report.problems.length} 个问题 problems`,
    );
    for (const p of report.existing) logger.say(line(p));
    for (const p of report.problems) logger.sayError(line(p));
    if (report.problems.length > 0) process.exitCode = 2;
  },
};
