import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidUtf8 } from './isValidUtf8';

const strictUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('isValidUtf8', () => {
  it('accepts UTF-8 text of every width', () => {
    expect(isValidUtf8(new TextEncoder().encode('设备名称,model,€,𠀀'))).toBe(true);
    expect(isValidUtf8(new Uint8Array())).toBe(true);
  });

  it.each([
    ['GBK "设备"', [0xc9, 0xe8, 0xb1, 0xb8]],
    ['overlong "/"', [0xc0, 0xaf]],
    ['overlong 3-byte', [0xe0, 0x80, 0xaf]],
    ['surrogate', [0xed, 0xa0, 0x80]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['truncated at the end', [0x41, 0xe8, 0xae]],
    ['lone continuation', [0x80]],
  ])('rejects %s', (_, bytes) => {
    expect(isValidUtf8(new Uint8Array(bytes))).toBe(false);
  });

  it('agrees with a strict decoder on arbitrary bytes and on encoded strings', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => isValidUtf8(bytes) === strictUtf8(bytes)),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => isValidUtf8(new TextEncoder().encode(s))));
  });
});
