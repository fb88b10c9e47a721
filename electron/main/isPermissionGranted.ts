import { isAppUrl } from './appOrigin';

/**
 * The only permissions the app's own pages get; everything else (microphone, notifications, clipboard read,
 * USB, screen capture, …) is refused. Later features add entries here with a reason, never a blanket allow.
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
  // "Locate" on a visit: the plant's position is part of the site record.
  'geolocation',
];

/**
 * Media (camera, microphone) is asked for as one permission; the app captures photos of machinery and
 * seals, so only video is granted. A request that also wants audio or the screen is refused as a whole.
 */
const GRANTED_MEDIA_TYPES: readonly string[] = ['video'];

/** What Electron tells about a request or check, as far as this policy reads it. */
export type PermissionDetails = {
  /** Request handler: the media kinds asked for (`'video'`, `'audio'`). */
  mediaTypes?: readonly string[];
  /** Check handler: the one media kind checked. */
  mediaType?: string;
};

function isMediaGranted(details: PermissionDetails): boolean {
  const kinds = details.mediaTypes ?? (details.mediaType ? [details.mediaType] : []);
  return kinds.length > 0 && kinds.every((kind) => GRANTED_MEDIA_TYPES.includes(kind));
}

/**
 * Whether a permission asked for by `requestingUrl` is granted: only the app's own origin, and only the
 * permissions above (and camera-only media). Deny by default — an unknown permission name is refused.
 */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string | null | undefined,
  details: PermissionDetails = {},
): boolean {
  if (!isAppUrl(requestingUrl)) return false;
  if (permission === 'media') return isMediaGranted(details);
  return GRANTED_PERMISSIONS.includes(permission);
}
