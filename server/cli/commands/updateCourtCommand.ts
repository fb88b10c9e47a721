import { IDLE_LOCK_MINUTES_MAX, IDLE_LOCK_MINUTES_MIN } from '../../admin/courtIdleLock';
import { updateCourt } from '../../admin/updateCourt';
import type { CourtChange } from '../../admin/updateCourt';
import { CliUsageError, optionalOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

/** `--four-eyes on|off`, spelt out: turning the rule off must be a deliberate, readable act. */
function fourEyesValue(text: string): boolean {
  if (text === 'on') return true;
  if (text === 'off') return false;
  throw new CliUsageError('--four-eyes 应为 on 或 off / --four-eyes must be on or off');
}

/** `--idle-lock-minutes N` (1 to 1440), or `default` to go back to the app's own 15 minutes. */
function idleLockValue(text: string): number | null {
  if (text === 'default') return null;
  const minutes = Number(text);
  if (!/^\d+$/.test(text) || minutes < IDLE_LOCK_MINUTES_MIN || minutes > IDLE_LOCK_MINUTES_MAX)
    throw new CliUsageError(
      `--idle-lock-minutes 应为 ${IDLE_LOCK_MINUTES_MIN} 至 ${IDLE_LOCK_MINUTES_MAX} 的整数或 default / --idle-lock-minutes must be a whole number from ${IDLE_LOCK_MINUTES_MIN} to ${IDLE_LOCK_MINUTES_MAX}, or default`,
    );
  return minutes;
}

export const updateCourtCommand: CliCommand = {
  name: 'update-court',
  usage:
    'update-court [--four-eyes on|off] [--idle-lock-minutes N|default]   (四眼原则 / four-eyes review; 闲置锁定分钟数 / minutes idle before the app locks)',
  valueOptions: ['four-eyes', 'idle-lock-minutes'],
  async run(sql, options, out) {
    const fourEyes = optionalOption(options, 'four-eyes');
    const idleLock = optionalOption(options, 'idle-lock-minutes');
    if (fourEyes === undefined && idleLock === undefined)
      throw new CliUsageError(
        '请给出 --four-eyes 或 --idle-lock-minutes / give --four-eyes or --idle-lock-minutes',
      );
    // Both are checked before anything is changed: a typo in one must not half-apply the command.
    const change: CourtChange = {
      ...(fourEyes === undefined ? {} : { isFourEyesRequired: fourEyesValue(fourEyes) }),
      ...(idleLock === undefined ? {} : { idleLockMinutes: idleLockValue(idleLock) }),
    };
    await updateCourt(sql, change);
    if (change.isFourEyesRequired !== undefined)
      out.say(
        change.isFourEyesRequired
          ? '已开启四眼原则 / four-eyes review is on: a lead cannot approve or return a visit they recorded or were present at'
          : '已关闭四眼原则 / four-eyes review is off: a lead may approve or return a visit they recorded or were present at',
      );
    if (change.idleLockMinutes !== undefined)
      out.say(
        change.idleLockMinutes === null
          ? '闲置锁定恢复默认（15 分钟）/ idle lock back to the app default (15 minutes), from the next sign-in or refresh'
          : `闲置 ${change.idleLockMinutes} 分钟后锁定 / the app locks after ${change.idleLockMinutes} idle minutes, from the next sign-in or refresh`,
      );
  },
};
