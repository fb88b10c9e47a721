import { describe, expect, it } from 'vitest';
import { parseCourtServerOrigin } from './courtServerOrigin';

describe('parseCourtServerOrigin', () => {
  it.each([
    ['https://court.example.cn', 'https://court.example.cn'],
    ['https://court.example.cn/api/sync?x=1', 'https://court.example.cn'],
    ['  http://10.12.0.5:8080/  ', 'http://10.12.0.5:8080'],
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000'],
    ['http://[::1]:4000', 'http://[::1]:4000'],
    ['HTTPS://COURT.EXAMPLE.CN', 'https://court.example.cn'],
  ])('%s → %s', (raw, origin) => {
    expect(parseCourtServerOrigin(raw)).toBe(origin);
  });

  it.each([
    undefined,
    null,
    '',
    '   ',
    'court.example.cn',
    'ftp://court.example.cn',
    'file:///srv',
    'javascript:alert(1)',
    'https://u:p@court.example.cn',
    "https://a.cn;script-src 'unsafe-eval'",
  ])('refuses %j', (raw) => {
    expect(parseCourtServerOrigin(raw)).toBeNull();
  });
});
