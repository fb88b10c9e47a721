import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, LOCAL_SERVER_SOURCE } from './contentSecurityPolicy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('locks scripts to the app and forbids eval, plugins, framing and base changes', () => {
    const csp = directives(contentSecurityPolicy({ courtServerOrigin: null }));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(contentSecurityPolicy({ courtServerOrigin: null })).not.toMatch(
      /unsafe-eval|wasm-unsafe-eval|\*\s|'unsafe-inline'.*script/,
    );
  });

  it('lets the app reach the configured court server and a local server only', () => {
    const csp = directives(contentSecurityPolicy({ courtServerOrigin: 'https://court.example.cn:8443' }));
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://court.example.cn:8443', LOCAL_SERVER_SOURCE]);
    expect(directives(contentSecurityPolicy({ courtServerOrigin: null })).get('connect-src')).toEqual([
      "'self'",
      LOCAL_SERVER_SOURCE,
    ]);
  });

  it('normalises the court server to its origin and drops anything that could inject directives', () => {
    expect(
      directives(contentSecurityPolicy({ courtServerOrigin: 'https://Court.Example.cn/api/v1' })).get(
        'connect-src',
      ),
    ).toContain('https://court.example.cn');
    for (const hostile of [
      "https://court.example.cn; script-src 'unsafe-eval'",
      'javascript:alert(1)',
      '*',
      'https://user:pw@court.example.cn',
    ]) {
      const policy = contentSecurityPolicy({ courtServerOrigin: hostile });
      expect(policy).not.toContain('unsafe-eval');
      expect(directives(policy).get('connect-src')).toEqual(["'self'", LOCAL_SERVER_SOURCE]);
    }
  });
});
