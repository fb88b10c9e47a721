import { existsSync } from 'node:fs';
import { loadServerConfig } from '../../config/loadServerConfig';
import { describeBreak } from '../../history/checkpoint/describeBreak';
import type { HistoryBreak } from '../../history/checkpoint/HistoryBreak';
import { readCheckpointFile } from '../../history/checkpoint/readCheckpointFile';
import { verifyCheckpointFile } from '../../history/checkpoint/verifyCheckpointFile';
import { verifyStoredCheckpoints } from '../../history/checkpoint/verifyStoredCheckpoints';
import { loadSigningKeyRing } from '../../history/signing/loadSigningKeyRing';
import { verifyAllHistories } from '../../history/verifyAllHistories';
import { optionalOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

/** Exit code when anything does not hold (0: everything checked and intact). */
export const HISTORY_BROKEN_EXIT_CODE = 3;

/**
 * Re-checks every record of every kind (hash chain and current row), the checkpoints kept in the database
 * against the court's public keys, and, with `--checkpoint`, the database against a checkpoint exported
 * earlier and kept elsewhere. Prints each break and exits non-zero on any.
 */
export const verifyHistoryCommand: CliCommand = {
  name: 'verify-history',
  usage:
    'verify-history [--checkpoint <exported-checkpoint.json>]   (every record of every kind, its current row, the signed checkpoints)',
  valueOptions: ['checkpoint'],
  async run(sql, options, out) {
    const config = loadServerConfig();
    const keys = existsSync(config.signingKeyFile) ? loadSigningKeyRing(config.signingKeyFile) : null;
    const all = await verifyAllHistories(sql);
    const breaks: HistoryBreak[] = [...all.breaks];
    let checkpoints = 0;
    if (keys) {
      const stored = await verifyStoredCheckpoints(sql, keys);
      checkpoints = stored.checked;
      breaks.push(...stored.breaks);
    }
    const path = optionalOption(options, 'checkpoint');
    if (path !== undefined) {
      const file = readCheckpointFile(path);
      if (!file)
        breaks.push({ kind: 'checkpoint', checkpointId: 0, detail: `${path} is not an exported checkpoint` });
      else if (!keys)
        breaks.push({
          kind: 'checkpoint',
          checkpointId: file.checkpoint.id,
          detail: `no signing key file at ${config.signingKeyFile} to check it with`,
        });
      else breaks.push(...(await verifyCheckpointFile(sql, keys, file)));
    }
    for (const b of breaks) out.sayError(describeBreak(b));
    const kinds = Object.entries(all.byEntity)
      .map(([entity, n]) => `${entity}: ${n}`)
      .join(', ');
    out.say(
      `已检查 ${all.records} 条记录的历史（${kinds || '无'}）和 ${checkpoints} 个签名检查点，${breaks.length} 个异常 / ` +
        `checked ${all.records} record histories (${kinds || 'none'}) and ${checkpoints} signed checkpoints, ${breaks.length} broken`,
    );
    if (!keys)
      out.sayError(
        `未找到签名密钥文件 ${config.signingKeyFile}，检查点未核对 / no signing key file at ${config.signingKeyFile}: checkpoints not checked`,
      );
    if (breaks.length > 0) process.exitCode = HISTORY_BROKEN_EXIT_CODE;
  },
};
