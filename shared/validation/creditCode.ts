import type { ValidationResult } from './result';

/** GB 32100-2015 alphabet: digits and capitals without I, O, Z, S, V (31 characters, value = index). */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weight of position i is 3^i mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters of a unified social credit code. */
export function creditCodeCheckChar(first17: string): string {
  // Guard the length: indexOf('') is 0, so a short input would otherwise be read as if padded with '0'.
  if (first17.length < 17) throw new Error('a credit code check character needs 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (v < 0) throw new Error(`not a credit code character: ${first17[i]}`);
    sum += v * WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_ALPHABET[check]!;
}

/**
 * Validates a unified social credit code 统一社会信用代码 (GB 32100-2015): 18 characters of the alphabet
 * and a correct check character. Lower case and surrounding spaces are accepted and normalised.
 */
export function validateCreditCode(input: string): ValidationResult<string> {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return { ok: false, code: 'creditCode.length' };
  for (const ch of code)
    if (!CREDIT_CODE_ALPHABET.includes(ch)) return { ok: false, code: 'creditCode.charset' };
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, code: 'creditCode.checkChar' };
  return { ok: true, value: code };
}
