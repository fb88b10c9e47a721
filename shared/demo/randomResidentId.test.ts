import { describe, expect, it } from 'vitest';
import { validateResidentId } from '../validation/residentId';
import { createPrng } from './prng';
import { randomResidentId } from './randomResidentId';

describe('randomResidentId', () => {
  it('makes valid IDs with the division, birth-year range and gender parity asked for', () => {
    const prng = createPrng(12);
    for (let i = 0; i < 2_000; i++) {
      const gender = i % 2 === 0 ? 'male' : 'female';
      const id = randomResidentId(prng, '150204', gender, 1960, 1999);
      expect(validateResidentId(id)).toEqual({ ok: true, value: id });
      expect(id.slice(0, 6)).toBe('150204');
      const year = Number(id.slice(6, 10));
      expect(year).toBeGreaterThanOrEqual(1960);
      expect(year).toBeLessThanOrEqual(1999);
      // GB 11643: the 17th digit is odd for men, even for women.
      expect(Number(id[16]) % 2).toBe(gender === 'male' ? 1 : 0);
    }
  });
});
