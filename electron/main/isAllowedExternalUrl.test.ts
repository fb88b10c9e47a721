import { describe, expect, it } from 'vitest';
import { ALLOWED_EXTERNAL_HOSTS, isAllowedExternalUrl } from './isAllowedExternalUrl';

const HOSTS = ['help.fieldwrit.cn', 'allowed.example'];
const allowed = (url: unknown): boolean => isAllowedExternalUrl(url, HOSTS);

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://help.fieldwrit.cn',
    'https://help.fieldwrit.cn/',
    'https://help.fieldwrit.cn/guide/visits?lang=zh-CN#seal',
    'https://allowed.example/a/b.html',
    'https://allowed.example?q=1',
    'https://allowed.example#top',
    // Host names are case-insensitive.
    'https://Help.FieldWrit.cn/guide',
  ])('opens %s', (url) => {
    expect(allowed(url)).toBe(true);
  });

  it('uses the shell allowlist by default', () => {
    expect(isAllowedExternalUrl('https://zxgk.court.gov.cn/')).toBe(true);
    expect(isAllowedExternalUrl('https://allowed.example/')).toBe(false);
    expect(ALLOWED_EXTERNAL_HOSTS.every((host) => isAllowedExternalUrl(`https://${host}/`))).toBe(true);
  });

  it.each([
    // Other schemes.
    ['javascript', 'javascript:alert(1)'],
    ['javascript dressed as a host', 'javascript://allowed.example/%0aalert(1)'],
    ['file', 'file:///etc/passwd'],
    ['file on a host', 'file://allowed.example/share'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['plain http', 'http://allowed.example/'],
    ['ftp', 'ftp://allowed.example/'],
    ['custom app scheme', 'app://fieldwrit/index.html'],
    ['smb share', 'smb://allowed.example/c$'],
    ['ms-settings handler', 'ms-settings:network'],
    ['uppercase scheme', 'HTTPS://allowed.example/'],
    ['mixed-case javascript', 'JaVaScRiPt:alert(1)'],
    // Hosts that are not on the list, or pretend to be.
    ['other host', 'https://evil.example/'],
    ['userinfo trick', 'https://allowed.example@evil.com/'],
    ['userinfo with password', 'https://allowed.example:pw@evil.com/'],
    ['userinfo on the allowed host', 'https://user@allowed.example/'],
    ['allowed name as subdomain', 'https://allowed.example.evil.com/'],
    ['suffix match', 'https://notallowed.example/'],
    ['subdomain of allowed', 'https://sub.allowed.example/'],
    ['trailing dot', 'https://allowed.example./'],
    ['IDN look-alike (Cyrillic а)', 'https://аllowed.example/'],
    ['punycode look-alike', 'https://xn--llowed-2nf.example/'],
    ['punycode label anywhere', 'https://xn--80ak6aa92e.allowed.example/'],
    ['fullwidth dot', 'https://allowed．example/'],
    ['IP address', 'https://93.184.216.34/'],
    ['encoded @ in host', 'https://allowed.example%40evil.com/'],
    // Ports.
    ['explicit port', 'https://allowed.example:8443/'],
    ['port 80 on https', 'https://allowed.example:80/'],
    ['default port written out', 'https://allowed.example:443/'],
    ['percent-encoded host', 'https://allowed%2Eexample/'],
    // Whitespace and controls the URL parser would silently strip.
    ['leading space', ' https://allowed.example/'],
    ['trailing space', 'https://allowed.example/ '],
    ['tab in scheme', 'ht\ttps://allowed.example/'],
    ['newline in scheme', 'java\nscript:alert(1)'],
    ['newline in host', 'https://allowed.exa\nmple/'],
    ['null byte', 'https://allowed.example/\0'],
    ['DEL character', 'https://allowed.example/\x7f'],
    ['non-breaking space', 'https://allowed.example/\u00a0'],
    ['zero-width space', 'https://allowed\u200b.example/'],
    ['right-to-left override', 'https://allowed.example/\u202egpj.exe'],
    // Backslashes, which browsers read as slashes.
    ['backslash before @', 'https://evil.com\\@allowed.example/'],
    ['backslash authority', 'https:\\\\allowed.example/'],
    ['backslash in path', 'https://allowed.example\\..\\evil'],
    // Malformed.
    ['missing slashes', 'https:allowed.example/'],
    ['one slash', 'https:/allowed.example/'],
    ['three slashes', 'https:///allowed.example/'],
    ['empty', ''],
    ['only scheme', 'https://'],
    ['too long', `https://allowed.example/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, url) => {
    expect(allowed(url)).toBe(false);
  });

  it.each([
    [undefined],
    [null],
    [42],
    [{ href: 'https://allowed.example/' }],
    [['https://allowed.example/']],
  ])('refuses a non-string %j', (value) => {
    expect(allowed(value)).toBe(false);
  });
});
