import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateByShares } from './allocateByShares';

describe('allocateByShares', () => {
  it('splits the H1 2025 figures exactly when the total matches them', () => {
    expect(allocateByShares(1460, [1083, 163, 214])).toEqual([1083, 163, 214]);
  });

  it('always sums to the total, and each count is within 1 of its exact share', () => {
    fc.assert(
      fc.property(
        fc.nat(100_000),
        fc.array(fc.integer({ min: 1, max: 1_000 }), { minLength: 1, maxLength: 6 }),
        (total, shares) => {
          const counts = allocateByShares(total, shares);
          const sum = shares.reduce((a, b) => a + b, 0);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
          counts.forEach((c, i) => expect(Math.abs(c - (total * shares[i]!) / sum)).toBeLessThan(1));
        },
      ),
    );
  });
});
