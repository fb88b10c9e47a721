import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { AdminError } from '../../admin/AdminError';
import { importCases } from '../../import/importCases';
import type { ImportProblem } from '../../import/rowToCase';
import { optionalOption, requireOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

const line = (p: ImportProblem) =>
  `  第 ${p.row} 行 / row ${p.row}${p.column ? ` [${p.column}]` : ''}: ${p.message['zh-CN']} / ${p.message.en} (${p.code})`;

/** What the shared spreadsheet reader takes (it goes by content; the name guards against a wrong file). */
const IMPORTABLE = ['.xlsx', '.xls', '.et', '.ods', '.csv', '.txt', '.tsv'];

export const importCasesCommand: CliCommand = {
  name: 'import-cases',
  usage: 'import-cases --file <cases.xlsx|.xls|.et|.ods|.csv> [--team <默认团队>] [--sheet <工作表>]',
  valueOptions: ['file', 'team', 'sheet'],
  async run(sql, options, out) {
    const file = requireOption(options, 'file');
    if (!IMPORTABLE.includes(extname(file).toLowerCase()))
      throw new AdminError('import.unsupportedFormat', file);
    const sheet = optionalOption(options, 'sheet');
    const report = await importCases(sql, await readFile(file), {
      team: optionalOption(options, 'team') ?? null,
      fileName: basename(file),
      ...(sheet === undefined ? {} : { sheet }),
    });
    const how = report.sheet === null ? report.encoding : `${report.encoding}, ${report.sheet}`;
    out.say(
      `导入完成 / import finished (${how}): ${report.rows} 行 rows, ${report.created} 新建 created, ` +
        `${report.existing.length} 已存在 already present, ${report.problems.length} 个问题 problems` +
        (report.totalRows.length > 0
          ? `, ${report.totalRows.length} 合计行未导入 total rows skipped (${report.totalRows.join(', ')})`
          : ''),
    );
    for (const p of report.existing) out.say(line(p));
    for (const p of report.problems) out.sayError(line(p));
    if (report.problems.length > 0) process.exitCode = 2;
  },
};
