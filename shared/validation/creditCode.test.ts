import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, validateCreditCode } from './creditCode';

const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET);
const first17 = fc.string({ unit: alphabetChar, minLength: 17, maxLength: 17 });
const validCode = first17.map((f) => f + creditCodeCheckChar(f));

/**
 * Codes as printed on published business licences of large companies. A random 18-character string passes
 * the mod-31 check only 1 time in 31, so seven passing real codes are strong evidence for the weights.
 */
const PUBLISHED_CODES = [
  '91440300708461136T',
  '91110108551385082Q',
  '91110000710925462X',
  '914403001922038216',
  '91330100716105852F',
  '91110000802100433B',
  '91310000132149237G',
] as const;

describe('validateCreditCode', () => {
  it.each(PUBLISHED_CODES)('accepts the published code %s', (code) => {
    expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
  });

  it('computes the check character from the weighted sum (worked example)', () => {
    // 9·1+1·3+4·9+4·27+0·19+3·26+0·16+0·17+7·20+0·29+8·25+4·13+6·8+1·24+1·10+3·30+6·28 = 966;
    // 966 mod 31 = 5; (31 - 5) mod 31 = 26 → alphabet[26] = 'T'.
    expect(creditCodeCheckChar('91440300708461136')).toBe('T');
  });

  it('maps a weighted sum divisible by 31 to check character 0, not to index 31', () => {
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
    expect(validateCreditCode('000000000000000000').ok).toBe(true);
  });

  it.each([
    ['91110000100004314X', 'creditCode.checkChar'], // often quoted, but its check character is 5
    ['91440300708461136U', 'creditCode.checkChar'],
    ['91110108551385082R', 'creditCode.checkChar'],
    ['9144030070846113IT', 'creditCode.charset'],
    ['9144030070846113OT', 'creditCode.charset'],
    ['9144030070846113ZT', 'creditCode.charset'],
    ['9144030070846113ST', 'creditCode.charset'],
    ['9144030070846113VT', 'creditCode.charset'],
    ['91440300-08461136T', 'creditCode.charset'],
    ['９1440300708461136T', 'creditCode.charset'],
    ['91440300708461136', 'creditCode.length'],
    ['91440300708461136TT', 'creditCode.length'],
    ['', 'creditCode.length'],
  ] as const)('rejects %s with %s', (input, code) => {
    expect(validateCreditCode(input)).toEqual({ ok: false, code });
  });

  it('normalises lower case and surrounding spaces instead of rejecting them', () => {
    expect(validateCreditCode('  91110108551385082q ')).toEqual({ ok: true, value: '91110108551385082Q' });
    // ...but lower-case letters outside the alphabet still fail once upper-cased.
    expect(validateCreditCode('9144030070846113iT')).toEqual({ ok: false, code: 'creditCode.charset' });
  });

  it('creditCodeCheckChar refuses characters outside the alphabet and short input', () => {
    expect(() => creditCodeCheckChar('9144030070846113I')).toThrow();
    expect(() => creditCodeCheckChar('9144')).toThrow();
  });

  it('accepts any 17 alphabet characters followed by their computed check character', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
      }),
    );
  });

  it('detects every single-character substitution (31 is prime and no weight is 0 mod 31)', () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), fc.integer({ min: 1, max: 30 }), (code, pos, shift) => {
        const old = CREDIT_CODE_ALPHABET.indexOf(code[pos]!);
        const replaced = CREDIT_CODE_ALPHABET[(old + shift) % 31]!;
        const mutated = code.slice(0, pos) + replaced + code.slice(pos + 1);
        expect(mutated).not.toBe(code);
        expect(validateCreditCode(mutated)).toEqual({ ok: false, code: 'creditCode.checkChar' });
      }),
    );
  });

  it('detects every single substitution exhaustively for one published code', () => {
    const code = PUBLISHED_CODES[0];
    let tried = 0;
    for (let pos = 0; pos < 18; pos++) {
      for (const ch of CREDIT_CODE_ALPHABET) {
        if (ch === code[pos]) continue;
        const mutated = code.slice(0, pos) + ch + code.slice(pos + 1);
        expect(validateCreditCode(mutated).ok, mutated).toBe(false);
        tried++;
      }
    }
    expect(tried).toBe(18 * 30);
  });
});
