import { verifyVersionChain } from '../../sync/chain/verifyVersionChain';
import type { CliCommand } from '../CliCommand';

export const verifyHistoryCommand: CliCommand = {
  name: 'verify-history',
  usage: 'verify-history   (re-checks the hash chain of every case history)',
  valueOptions: [],
  async run(sql, _options, out) {
    const ids = await sql.query<{ entity_id: string }>(
      `SELECT DISTINCT entity_id FROM entity_version WHERE entity = 'case' ORDER BY entity_id`,
    );
    let broken = 0;
    for (const { entity_id: id } of ids) {
      const check = await verifyVersionChain(sql, 'case', id);
      if (!check.isIntact) {
        broken++;
        out.sayError(`历史记录被改动 / history altered: case ${id} at version ${check.brokenAtVersion}`);
      }
    }
    out.say(
      `已检查 ${ids.length} 个案件的历史，${broken} 个异常 / checked ${ids.length} case histories, ${broken} broken`,
    );
    if (broken > 0) process.exitCode = 3;
  },
};
