import { AdminError } from '../../admin/AdminError';
import { revokeDevice } from '../../auth/revokeDevice';
import { systemClock } from '../../util/Clock';
import { requireOption } from '../CliCommand';
import type { CliCommand } from '../CliCommand';

/** `revoke-device`: a lost or stolen laptop. Its next contact is refused with `auth.deviceRevoked`. */
export const revokeDeviceCommand: CliCommand = {
  name: 'revoke-device',
  usage: 'revoke-device --device <设备ID, see list-devices>',
  valueOptions: ['device'],
  async run(sql, options, out) {
    const deviceId = requireOption(options, 'device');
    const isFound = await sql.transaction((tx) => revokeDevice(tx, deviceId, 'admin', systemClock()));
    if (!isFound) throw new AdminError('admin.invalidInput', `--device ${deviceId}`);
    out.say(
      `已停用设备，其会话已结束 / device revoked, its sessions ended: ${deviceId}\n` +
        '该设备下次联网时将被告知并清除本地数据 / it is told at its next contact and removes its local data',
    );
  },
};
