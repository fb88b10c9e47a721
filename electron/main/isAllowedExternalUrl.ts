import { MAX_EXTERNAL_URL_LENGTH } from '../../shared/ipc/schemas';

/**
 * Hosts the shell may open in the system browser. Exact host names, no wildcards: a wildcard would also
 * admit any subdomain a third party can register or take over.
 */
export const ALLOWED_EXTERNAL_HOSTS: readonly string[] = [
  // FieldWrit's own help pages for officers.
  'help.fieldwrit.cn',
  // 中国执行信息公开网: the national enforcement disclosure site officers check respondents against.
  'zxgk.court.gov.cn',
  // 国家企业信用信息公示系统: looking up an enterprise by its unified social credit code.
  'www.gsxt.gov.cn',
];

// Anything outside printable ASCII (controls, whitespace, non-ASCII letters) is refused before parsing:
// the URL parser silently strips tabs and newlines ("java\nscript:") and maps look-alike letters to
// punycode, so what the user saw and what would be opened could differ.
const PRINTABLE_ASCII_WITHOUT_SPACE = /^[\x21-\x7e]+$/;

/**
 * True only for `https://` URLs on one of `allowedHosts`, with no credentials, no port and nothing
 * that could make the browser see a different host than a person reading the link. Pure, so that every
 * hostile form can be unit-tested (Actual Budget's `trusted-url.ts`).
 */
export function isAllowedExternalUrl(
  candidate: unknown,
  allowedHosts: readonly string[] = ALLOWED_EXTERNAL_HOSTS,
): boolean {
  if (typeof candidate !== 'string' || candidate.length > MAX_EXTERNAL_URL_LENGTH) return false;
  if (!PRINTABLE_ASCII_WITHOUT_SPACE.test(candidate)) return false;
  // Browsers read "\" as "/" in special URLs, which moves where the host ends; no real link needs it.
  if (candidate.includes('\\')) return false;
  // The exact lowercase prefix: refuses "HTTPS:", "https:/host", "https:///host" and every other scheme.
  if (!candidate.startsWith('https://')) return false;

  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  // "https://help.fieldwrit.cn@evil.example" names evil.example as the host and the allowed name as a user.
  if (url.username !== '' || url.password !== '') return false;
  if (url.port !== '') return false;
  // The host as written must be the host as parsed: refuses "https:///host", percent-encoded hosts,
  // ":443" and every other spelling where a reader and the parser could disagree.
  const writtenAuthority = candidate.slice('https://'.length).split(/[/?#]/, 1)[0]!.toLowerCase();
  if (writtenAuthority !== url.host) return false;
  // Punycode labels are look-alikes of allowed names at best; none of the allowed hosts has one.
  if (url.hostname.split('.').some((label) => label.startsWith('xn--'))) return false;
  return allowedHosts.includes(url.hostname);
}
