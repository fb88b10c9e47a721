import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLAGSHIP_DEBTOR_CASES, debtorGroupSizes } from './debtorGroupSizes';
import { createPrng } from './prng';

describe('debtorGroupSizes', () => {
  it('sums to the case count, with positive sizes, and the flagship debtor first and largest', () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(3_000), (seed, caseCount) => {
        const sizes = debtorGroupSizes(createPrng(seed), caseCount);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(caseCount);
        for (const s of sizes) expect(s).toBeGreaterThan(0);
        if (caseCount > 0) expect(Math.max(...sizes)).toBe(sizes[0]);
      }),
      { numRuns: 50 },
    );
  });

  it('gives the flagship debtor the article’s 32 cases once there are enough cases', () => {
    expect(debtorGroupSizes(createPrng(1), 1460)[0]).toBe(FLAGSHIP_DEBTOR_CASES);
  });

  it('has a long tail: mostly single-case debtors, some with ten or more', () => {
    const sizes = debtorGroupSizes(createPrng(2), 20_000);
    const singles = sizes.filter((s) => s === 1).length;
    expect(singles / sizes.length).toBeGreaterThan(0.45);
    expect(sizes.filter((s) => s >= 10).length).toBeGreaterThan(50);
  });
});
