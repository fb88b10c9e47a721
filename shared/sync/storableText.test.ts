import { describe, expect, it } from 'vitest';
import { isStorableText, isStorableValue } from './storableText';

describe('storableText', () => {
  it('accepts ordinary text including astral characters (paired surrogates)', () => {
    expect(isStorableText('执行 𠀀 emoji 😀')).toBe(true);
  });

  it('refuses NUL and unpaired surrogates, which PostgreSQL cannot store', () => {
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('\ud800')).toBe(false);
    expect(isStorableText('x\udc00')).toBe(false);
  });

  it('looks into nested values and object keys', () => {
    expect(isStorableValue({ a: [1, { b: 'ok' }] })).toBe(true);
    expect(isStorableValue({ a: [1, { b: 'bad\u0000' }] })).toBe(false);
    expect(isStorableValue({ ['k\u0000']: 1 })).toBe(false);
  });
});
