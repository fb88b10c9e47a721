import type { DesktopApi } from '../../shared/ipc/contract';
import { desktopDeviceSecurity } from './desktopDeviceSecurity';
import type { DeviceSecurity } from './Platform';

/** The browser has neither a keystore nor power events: the password wraps the key, idle time locks. */
export const browserDeviceSecurity: DeviceSecurity = { keyStore: null, onSystemLock: () => () => {} };

/** The device's keystore and lock events: the desktop shell's when the preload exposed it. */
export function getDeviceSecurity(): DeviceSecurity {
  const bridge = (window as { fieldwrit?: unknown }).fieldwrit;
  // The preload exposes exactly DesktopApi (it is `satisfies DesktopApi` there).
  return bridge ? desktopDeviceSecurity(bridge as DesktopApi) : browserDeviceSecurity;
}
