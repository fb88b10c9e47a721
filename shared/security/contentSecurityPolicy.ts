import { parseCourtServerOrigin } from './courtServerOrigin';

/** Where a local court server listens during a training or a demo on the officer's own machine. */
export const LOCAL_SERVER_SOURCE = 'http://127.0.0.1:*';

export type ContentSecurityPolicyOptions = {
  /** Origin of the court server configured at runtime; null when none is configured. */
  courtServerOrigin: string | null;
};

/**
 * The Content-Security-Policy sent with every response of the app protocol. Scripts only from the app
 * itself and never `eval`: if an attacker ever gets markup into the page (a party name rendered unsafely,
 * a crafted import), it still cannot run code. Network access only to the court server and loopback.
 */
export function contentSecurityPolicy({ courtServerOrigin }: ContentSecurityPolicyOptions): string {
  // Re-parse: a value that reached here unvalidated must not be able to add CSP directives.
  const court = parseCourtServerOrigin(courtServerOrigin);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // Mantine writes its CSS variables into a <style> element at run time and sets style attributes;
    // styles cannot execute code, scripts stay locked to 'self'.
    'style-src': ["'self'", "'unsafe-inline'"],
    // data:/blob: for images the app generates itself (thumbnails of evidence photos, icons).
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'media-src': ["'self'", 'blob:'],
    'connect-src': ["'self'", ...(court === null ? [] : [court]), LOCAL_SERVER_SOURCE],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
