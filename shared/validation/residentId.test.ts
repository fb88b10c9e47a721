import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { residentIdCheckDigit, validateResidentId } from './residentId';

/** 6-digit region, birth date 1900-01-01..2099-12-28 (always a real date), 3-digit sequence. */
const first17 = fc
  .tuple(
    fc.integer({ min: 110000, max: 829999 }),
    fc.integer({ min: 1900, max: 2099 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(
    ([region, y, m, d, seq]) =>
      `${region}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(seq).padStart(3, '0')}`,
  );
const validId = first17.map((f) => f + residentIdCheckDigit(f));

describe('validateResidentId', () => {
  it("accepts the GB 11643-1999 standard's own example", () => {
    expect(validateResidentId('11010519491231002X')).toEqual({ ok: true, value: '11010519491231002X' });
  });

  it('computes the check digit of the standard example as X (weighted sum 167, 167 mod 11 = 2)', () => {
    expect(residentIdCheckDigit('11010519491231002')).toBe('X');
  });

  it('accepts a lower-case x and surrounding spaces, normalising to upper case', () => {
    expect(validateResidentId(' 11010519491231002x ')).toEqual({ ok: true, value: '11010519491231002X' });
  });

  it.each([
    ['110105194912310021', 'residentId.checkDigit'],
    ['110105194912310020', 'residentId.checkDigit'],
    // 29 February in a non-leap year (1900 is not a leap year: divisible by 100 but not by 400).
    [`15020319230229001${residentIdCheckDigit('15020319230229001')}`, 'residentId.birthDate'],
    [`15020319000229001${residentIdCheckDigit('15020319000229001')}`, 'residentId.birthDate'],
    [`15020319850431001${residentIdCheckDigit('15020319850431001')}`, 'residentId.birthDate'],
    [`15020319851301001${residentIdCheckDigit('15020319851301001')}`, 'residentId.birthDate'],
    [`15020319850100001${residentIdCheckDigit('15020319850100001')}`, 'residentId.birthDate'],
    [`15020318991231001${residentIdCheckDigit('15020318991231001')}`, 'residentId.birthDate'],
    ['1101051949123100XX', 'residentId.format'],
    ['11010519491231002Y', 'residentId.format'],
    ['110105194912310', 'residentId.length'],
    ['', 'residentId.length'],
  ] as const)('rejects %s with %s', (input, code) => {
    expect(validateResidentId(input)).toEqual({ ok: false, code });
  });

  it('accepts 29 February in leap years, including 2000 (divisible by 400)', () => {
    for (const date of ['19880229', '20000229']) {
      const f = `150203${date}001`;
      expect(validateResidentId(f + residentIdCheckDigit(f)).ok, date).toBe(true);
    }
  });

  it('residentIdCheckDigit refuses input without 17 leading digits', () => {
    expect(() => residentIdCheckDigit('1101051949')).toThrow();
    expect(() => residentIdCheckDigit('1101051949123100X')).toThrow();
  });

  it('accepts any valid region/date/sequence followed by its computed check digit', () => {
    fc.assert(
      fc.property(validId, (id) => {
        expect(validateResidentId(id)).toEqual({ ok: true, value: id });
      }),
    );
  });

  it('changes the check digit whenever one of the 17 digits changes (11 is prime, no weight is 0 mod 11)', () => {
    fc.assert(
      fc.property(first17, fc.nat(16), fc.integer({ min: 1, max: 9 }), (f, pos, shift) => {
        const digit = (Number(f[pos]) + shift) % 10;
        const mutated = f.slice(0, pos) + digit + f.slice(pos + 1);
        expect(residentIdCheckDigit(mutated)).not.toBe(residentIdCheckDigit(f));
      }),
    );
  });

  it('rejects every single-character substitution of a valid ID', () => {
    fc.assert(
      fc.property(validId, fc.nat(17), fc.constantFrom(...'0123456789X'), (id, pos, ch) => {
        fc.pre(ch !== id[pos] && (pos === 17 || ch !== 'X'));
        const mutated = id.slice(0, pos) + ch + id.slice(pos + 1);
        const result = validateResidentId(mutated);
        expect(result.ok).toBe(false);
        // A changed birth-date digit may be caught as an impossible date before the check digit is compared.
        if (!result.ok) expect(['residentId.checkDigit', 'residentId.birthDate']).toContain(result.code);
      }),
    );
  });
});
