import type { ValidationResult } from './result';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** The check digit (0-9 or X) for the first 17 digits of a resident ID number (GB 11643-1999). */
export function residentIdCheckDigit(first17: string): string {
  // Without this guard a short or non-digit input yields NaN and the function returns undefined silently.
  if (!/^\d{17}/.test(first17)) throw new Error('a resident ID check digit needs 17 leading digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

/**
 * Validates an 18-character resident ID number 居民身份证号码 (GB 11643-1999): 17 digits, a real birth
 * date (1900 or later) in positions 7-14, and the check digit. A lower-case x is accepted.
 */
export function validateResidentId(input: string): ValidationResult<string> {
  const id = input.trim().toUpperCase();
  if (id.length !== 18) return { ok: false, code: 'residentId.length' };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, code: 'residentId.format' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (y < 1900 || !isValidDate(y, m, d)) return { ok: false, code: 'residentId.birthDate' };
  if (residentIdCheckDigit(id) !== id[17]) return { ok: false, code: 'residentId.checkDigit' };
  return { ok: true, value: id };
}
