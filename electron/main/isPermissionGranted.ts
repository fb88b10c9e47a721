import { isAppUrl } from './appOrigin';

/**
 * The only permissions the app's own pages get; everything else (camera, location, notifications,
 * clipboard read, USB, …) is refused. Later features add entries here with a reason, never a blanket allow.
 */
export const GRANTED_PERMISSIONS: readonly string[] = [
  // Copying a case number or a credit code to the clipboard. Writing only, and Chromium sanitises it.
  'clipboard-sanitized-write',
  // Asks the browser not to evict IndexedDB under storage pressure: the officer's unsynced records live there.
  'persistent-storage',
  // Reaching a court server on the court's LAN or on this machine (Chromium's local-network-access gate).
  'local-network-access',
  'local-network',
  'loopback-network',
];

/**
 * Whether a permission asked for by `requestingUrl` is granted: only the app's own origin, and only the
 * permissions above. Deny by default — an unknown permission name is refused.
 */
export function isPermissionGranted(permission: string, requestingUrl: string | null | undefined): boolean {
  return isAppUrl(requestingUrl) && GRANTED_PERMISSIONS.includes(permission);
}
