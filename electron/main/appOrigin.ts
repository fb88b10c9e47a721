/**
 * The app's own origin. The renderer is served from `app://fieldwrit/…` (registerAppProtocol.ts), never
 * from `file://`: a file page may read any other file and gets no origin of its own for storage.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fieldwrit';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` belongs to the app's own origin. Compares scheme and host rather than `URL.origin`,
 * because Node reports the origin of a non-http scheme as "null" while Chromium does not.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host.toLowerCase() === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}
