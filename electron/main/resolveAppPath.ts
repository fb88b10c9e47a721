import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';

export type AppPathRefusal =
  | 'malformed-url'
  | 'foreign-origin'
  | 'malformed-encoding'
  | 'control-character'
  | 'backslash'
  | 'double-encoding'
  | 'empty-segment'
  | 'dot-segment'
  | 'drive-or-stream'
  | 'outside-root';

export type AppPathResolution = { ok: true; filePath: string } | { ok: false; refusal: AppPathRefusal };

// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL_CHARACTER = /[\x00-\x1f\x7f]/;

/**
 * Maps a request to `app://fieldwrit/<path>` onto a file below `rootDir`, or refuses it. Pure (no file
 * system access), so every hostile form is unit-tested.
 *
 * Each check stands on its own even where the URL parser or `path.resolve` would already catch the case:
 * Chromium and Node canonicalise custom schemes differently, and a single missed form here reads any file
 * the officer's account can read.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): AppPathResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse('malformed-url');
  }
  if (
    url.protocol !== `${APP_SCHEME}:` ||
    url.host.toLowerCase() !== APP_HOST ||
    url.username !== '' ||
    url.password !== ''
  ) {
    return refuse('foreign-origin');
  }

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return refuse('malformed-encoding');
  }
  // Null bytes truncate paths in native code; other controls have no place in an asset name.
  if (CONTROL_CHARACTER.test(decoded)) return refuse('control-character');
  // "\" separates paths on Windows: "..\..\" would walk out of the root there.
  if (decoded.includes('\\')) return refuse('backslash');
  // Build output never has "%" in a file name; one left after decoding means the request was encoded twice.
  if (decoded.includes('%')) return refuse('double-encoding');

  const segments = decoded.replace(/^\//, '').split('/');
  const isDirectory = segments.at(-1) === '';
  if (isDirectory) segments.pop();
  // "//etc/passwd" or "a//b": an empty segment is how an absolute path hides inside a relative one.
  if (segments.some((segment) => segment === '')) return refuse('empty-segment');
  if (segments.some((segment) => segment === '.' || segment === '..')) return refuse('dot-segment');
  // "C:" would make the path absolute on Windows; "file::$DATA" names an NTFS stream.
  if (segments.some((segment) => segment.includes(':'))) return refuse('drive-or-stream');

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments, ...(isDirectory ? ['index.html'] : []));
  if (!filePath.startsWith(root + path.sep)) return refuse('outside-root');
  return { ok: true, filePath };
}

function refuse(refusal: AppPathRefusal): AppPathResolution {
  return { ok: false, refusal };
}
