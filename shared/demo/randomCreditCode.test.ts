import { describe, expect, it } from 'vitest';
import { validateCreditCode } from '../validation/creditCode';
import { createPrng } from './prng';
import { randomCreditCode } from './randomCreditCode';

/** An independent GB 11714-1997 organisation-code check, to verify positions 9–17 of a credit code. */
function isValidOrgCode(org: string): boolean {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(org[i]!, 36) * weights[i]!;
  const c = 11 - (sum % 11);
  return org[8] === (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

describe('randomCreditCode', () => {
  it('the organisation-code check used here holds for real published credit codes', () => {
    for (const code of [
      '91440300708461136T',
      '91110108551385082Q',
      '91110000710925462X',
      '914403001922038216',
    ]) {
      expect(isValidOrgCode(code.slice(8, 17)), code).toBe(true);
    }
  });

  it('makes valid enterprise codes for the given division, with a valid organisation code inside', () => {
    const prng = createPrng(11);
    let newStyle = 0;
    for (let i = 0; i < 2_000; i++) {
      const code = randomCreditCode(prng, '150203');
      expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
      expect(code.slice(0, 8)).toBe('91150203');
      expect(isValidOrgCode(code.slice(8, 17)), code).toBe(true);
      if (code.slice(8, 10) === 'MA') newStyle++;
    }
    // Both post-2015 "MA…" and older numeric organisation codes occur.
    expect(newStyle).toBeGreaterThan(1_000);
    expect(newStyle).toBeLessThan(1_400);
  });
});
