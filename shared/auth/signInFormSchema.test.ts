import { describe, expect, it } from 'vitest';
import { signInFormSchema } from './signInFormSchema';

const GOOD = { serverUrl: 'http://127.0.0.1:8765', username: 'zhang.wei', password: 'secret' };

function codes(values: typeof GOOD): Record<string, string> {
  const r = signInFormSchema.safeParse(values);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('signInFormSchema', () => {
  it('accepts an http or https address, with the spaces a paste brings', () => {
    expect(codes(GOOD)).toEqual({});
    expect(codes({ ...GOOD, serverUrl: ' https://court.example.cn/ ' })).toEqual({});
  });

  it('refuses an address that is not http(s) with a message code', () => {
    for (const serverUrl of ['', '127.0.0.1:8765', 'ftp://court.example.cn', 'javascript:alert(1)']) {
      expect(codes({ ...GOOD, serverUrl }), serverUrl).toEqual({ serverUrl: 'url.format' });
    }
  });

  it('asks for the user name and the password', () => {
    expect(codes({ ...GOOD, username: '  ', password: '' })).toEqual({
      username: 'text.required',
      password: 'text.required',
    });
    expect(codes({ ...GOOD, username: 'x'.repeat(101) })).toEqual({ username: 'text.tooLong' });
  });
});
