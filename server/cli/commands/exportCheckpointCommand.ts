import { writeFileSync } from 'node:fs';
import { loadServerConfig } from '../../config/loadServerConfig';
import { exportCheckpoint } from '../../history/checkpoint/exportCheckpoint';
import { loadSigningKeyRing } from '../../history/signing/loadSigningKeyRing';
import { requireOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

/** Writes the latest signed checkpoint with every head it covers, to be kept away from the server. */
export const exportCheckpointCommand: CliCommand = {
  name: 'export-checkpoint',
  usage:
    'export-checkpoint --file <checkpoint.json>   (keep the file elsewhere; verify-history --checkpoint reads it)',
  valueOptions: ['file'],
  async run(sql, options, out) {
    const path = requireOption(options, 'file');
    const keys = loadSigningKeyRing(loadServerConfig().signingKeyFile);
    const file = await exportCheckpoint(sql, keys, new Date().toISOString());
    writeFileSync(path, `${JSON.stringify(file)}\n`, { flag: 'wx' });
    out.say(
      `已导出检查点 ${file.checkpoint.id}（提交 ${file.checkpoint.commitSeq}，${file.heads.length} 条记录）/ ` +
        `checkpoint ${file.checkpoint.id} exported (commit ${file.checkpoint.commitSeq}, ${file.heads.length} records) to ${path}`,
    );
  },
};
