/**
 * The WHATWG URL parser, present in every runtime that loads shared/ (browsers, Node, Electron); shared/'s
 * type library has no DOM or Node types, so the part used here is declared.
 */
declare const URL: new (input: string) => {
  protocol: string;
  username: string;
  password: string;
  origin: string;
};

// A CSP source expression must not contain spaces, quotes or ';' — one stray character would inject a
// directive. URL.origin already normalises, this pattern is the second lock.
const ORIGIN_PATTERN = /^https?:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin of a configured court server URL (`https://court.example:8443/api` → `https://court.example:8443`),
 * or null when `raw` is empty or is not a plain http(s) URL without credentials.
 */
export function parseCourtServerOrigin(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  let url: InstanceType<typeof URL>;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return ORIGIN_PATTERN.test(url.origin) ? url.origin : null;
}
