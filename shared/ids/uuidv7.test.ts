import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UUID_PATTERN, uuidv7 } from './uuidv7';

const bytes10 = fc.uint8Array({ minLength: 10, maxLength: 10 });
const time = fc.integer({ min: 0, max: 2 ** 48 - 1 });

describe('uuidv7', () => {
  it('puts the millisecond time in the first 48 bits, big-endian', () => {
    const id = uuidv7(0x0123_4567_89ab, new Uint8Array(10));
    expect(id.slice(0, 13)).toBe('01234567-89ab');
  });

  it('sets version 7 and the RFC 9562 variant whatever the random bytes', () => {
    fc.assert(
      fc.property(time, bytes10, (t, r) => {
        const id = uuidv7(t, r);
        expect(id).toMatch(UUID_PATTERN);
        expect(id[14]).toBe('7');
        expect('89ab').toContain(id[19]);
        expect(z.uuid().safeParse(id).success).toBe(true);
      }),
    );
  });

  it('keeps the random bytes it does not overwrite', () => {
    const r = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3, 4, 5, 6]);
    expect(uuidv7(0, r)).toBe('00000000-0000-7fff-bfff-010203040506');
  });

  it('sorts by time: a later millisecond always gives a larger id as a string', () => {
    fc.assert(
      fc.property(time, time, bytes10, bytes10, (a, b, ra, rb) => {
        fc.pre(a !== b);
        const [early, late] = a < b ? [a, b] : [b, a];
        expect(uuidv7(early, ra) < uuidv7(late, rb)).toBe(true);
      }),
    );
  });

  it('refuses fewer than 10 random bytes', () => {
    expect(() => uuidv7(0, new Uint8Array(9))).toThrow();
  });
});
