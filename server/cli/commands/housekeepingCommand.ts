import { userInfo } from 'node:os';
import {
  DEFAULT_HOUSEKEEPING_POLICY,
  MIN_QUARANTINE_DAYS,
  MIN_UPLOAD_DAYS,
} from '../../housekeeping/HousekeepingPolicy';
import type { HousekeepingPolicy } from '../../housekeeping/HousekeepingPolicy';
import { listExpired } from '../../housekeeping/listExpired';
import { purgeExpired } from '../../housekeeping/purgeExpired';
import { systemClock } from '../../util/Clock';
import { CliUsageError, optionalOption } from '../CliCommand';
import type { CliOptions } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

function days(options: CliOptions, name: string, fallback: number, min: number): number {
  const text = optionalOption(options, name);
  if (text === undefined) return fallback;
  if (!/^\d{1,5}$/.test(text) || Number(text) < min)
    throw new CliUsageError(
      `--${name} 应为不小于 ${min} 的天数 / --${name} must be a number of days, at least ${min}`,
    );
  return Number(text);
}

/** Who ran the purge, as recorded: `--by`, else the operating-system account running the CLI. */
function performer(options: CliOptions): string {
  const given = optionalOption(options, 'by');
  if (given !== undefined) return given.slice(0, 100);
  try {
    return `os:${userInfo().username}`;
  } catch {
    return 'os:unknown';
  }
}

export const housekeepingCommand: CliCommand = {
  name: 'housekeeping',
  usage:
    'housekeeping [--purge] [--quarantine-days <天数, ≥30, 默认 90>] [--upload-days <天数, 默认 7>] [--by <姓名>]   ' +
    '(lists expired quarantined batches and unfinished uploads; --purge removes them, recorded as an admin action)',
  valueOptions: ['quarantine-days', 'upload-days', 'by'],
  flagOptions: ['purge'],
  async run(sql, options, out) {
    const policy: HousekeepingPolicy = {
      quarantineDays: days(
        options,
        'quarantine-days',
        DEFAULT_HOUSEKEEPING_POLICY.quarantineDays,
        MIN_QUARANTINE_DAYS,
      ),
      uploadDays: days(options, 'upload-days', DEFAULT_HOUSEKEEPING_POLICY.uploadDays, MIN_UPLOAD_DAYS),
    };
    const now = systemClock();
    const expired = await listExpired(sql, policy, now);
    for (const b of expired.batches)
      out.say(
        `隔离批次 / quarantined batch ${b.id} device=${b.deviceId ?? '-'} received=${b.receivedAt} bytes=${b.bytes}`,
      );
    for (const u of expired.uploads)
      out.say(
        `未完成上传 / unfinished upload ${u.id} device=${u.deviceId} last=${u.updatedAt} received=${u.receivedBytes}/${u.size}`,
      );
    out.say(
      `过期：${expired.batches.length} 个隔离批次（${policy.quarantineDays} 天前），${expired.uploads.length} 个未完成上传（${policy.uploadDays} 天前） / ` +
        `expired: ${expired.batches.length} quarantined batches (older than ${policy.quarantineDays} days), ` +
        `${expired.uploads.length} unfinished uploads (idle more than ${policy.uploadDays} days)`,
    );
    if (options.purge !== true) return;
    const purged = await purgeExpired(sql, policy, performer(options), systemClock());
    out.say(
      `已清除 ${purged.batchIds.length} 个隔离批次、${purged.uploadIds.length} 个未完成上传，已记录为管理操作 ${purged.actionId} / ` +
        `purged ${purged.batchIds.length} quarantined batches and ${purged.uploadIds.length} unfinished uploads, recorded as admin action ${purged.actionId}`,
    );
  },
};
