import type { DesktopApi } from '../../shared/ipc/contract';
import { ipcEventSchemas } from '../../shared/ipc/schemas';
import { logger } from '../logger';
import type { DeviceSecurity } from './Platform';

/** Data keys wrapped by safeStorage in main, and locking on the power events main forwards. */
export function desktopDeviceSecurity(api: DesktopApi): DeviceSecurity {
  return {
    keyStore: {
      async wrap(raw) {
        const r = await api.keys.wrap(raw);
        if (r.ok) return r.value;
        // No keystore here (Linux without a keyring): the password wraps the key instead.
        logger.warn(`keys:wrap ${r.error.code}: ${r.error.message}`);
        return null;
      },
      async unwrap(wrapped) {
        const r = await api.keys.unwrap(wrapped);
        if (r.ok && r.value instanceof Uint8Array && r.value.byteLength === 32) return r.value;
        if (!r.ok) logger.warn(`keys:unwrap ${r.error.code}: ${r.error.message}`);
        return null;
      },
    },
    onSystemLock(listener) {
      return api.events.onPowerLock((payload) => {
        // Parsed here too: the page takes nothing across the bridge on trust.
        if (ipcEventSchemas['power:lock'].safeParse(payload).success) listener();
      });
    },
  };
}
