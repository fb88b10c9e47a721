import { updateCourt } from '../../admin/updateCourt';
import { CliUsageError, requireOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

/** `--four-eyes on|off`, spelt out: turning the rule off must be a deliberate, readable act. */
function fourEyesValue(text: string): boolean {
  if (text === 'on') return true;
  if (text === 'off') return false;
  throw new CliUsageError('--four-eyes 应为 on 或 off / --four-eyes must be on or off');
}

export const updateCourtCommand: CliCommand = {
  name: 'update-court',
  usage: 'update-court --four-eyes on|off   (四眼原则：组长不得审批本人记录或在场的笔录 / four-eyes review)',
  valueOptions: ['four-eyes'],
  async run(sql, options, out) {
    const isFourEyesRequired = fourEyesValue(requireOption(options, 'four-eyes'));
    await updateCourt(sql, { isFourEyesRequired });
    out.say(
      isFourEyesRequired
        ? '已开启四眼原则 / four-eyes review is on: a lead cannot approve or return a visit they recorded or were present at'
        : '已关闭四眼原则 / four-eyes review is off: a lead may approve or return a visit they recorded or were present at',
    );
  },
};
