import { listDevices } from '../../auth/listDevices';
import { requireOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

/** `list-devices`: the devices of a user, to find the one to revoke. */
export const listDevicesCommand: CliCommand = {
  name: 'list-devices',
  usage: 'list-devices --username <登录名>',
  valueOptions: ['username'],
  async run(sql, options, out) {
    const devices = await listDevices(sql, requireOption(options, 'username'));
    if (devices.length === 0) out.say('没有登记的设备 / no devices registered');
    for (const d of devices) {
      const state = d.revokedAt
        ? `已停用 / revoked ${d.revokedAt.toISOString()} (${d.revokedReason ?? ''})`
        : '有效 / active';
      out.say(`${d.id}\t${d.name}\t最近 / last seen ${d.lastSeenAt.toISOString()}\t${state}`);
    }
  },
};
