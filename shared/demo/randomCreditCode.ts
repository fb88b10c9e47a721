import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '../validation/creditCode';
import type { Prng } from './prng';

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714-1997 check character of the 8-character organisation-code body (digits, A=10 … Z=35). */
function orgCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body[i]!, 36) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * A valid unified social credit code for an enterprise registered in `divisionCode`: 9 (market regulator),
 * 1 (enterprise), the 6-digit division, a 9-character organisation code with its own GB 11714 check, and
 * the GB 32100 check character. Firms registered since 2015 get "MA…" organisation codes, older ones digits.
 */
export function randomCreditCode(prng: Prng, divisionCode: string): string {
  let body: string;
  if (prng.chance(0.6)) {
    body = 'MA';
    for (let i = 0; i < 6; i++) body += CREDIT_CODE_ALPHABET[prng.int(0, CREDIT_CODE_ALPHABET.length - 1)];
  } else {
    body = String(prng.int(10_000_000, 99_999_999));
  }
  const first17 = `91${divisionCode}${body}${orgCodeCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}
