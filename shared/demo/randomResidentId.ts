import { residentIdCheckDigit } from '../validation/residentId';
import type { Gender } from './personNames';
import type { Prng } from './prng';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * A valid 18-digit resident ID number (GB 11643-1999) for a person registered in `divisionCode`, born in
 * [fromYear, toYear]. The sequence number's last digit is odd for men and even for women, as the standard
 * requires. 29 February is left out for simplicity; every other date occurs.
 */
export function randomResidentId(
  prng: Prng,
  divisionCode: string,
  gender: Gender,
  fromYear: number,
  toYear: number,
): string {
  const year = prng.int(fromYear, toYear);
  const month = prng.int(1, 12);
  const day = prng.int(1, MONTH_DAYS[month - 1]!);
  const parity = gender === 'male' ? 1 : 0;
  const sequence = prng.int(0, 99) * 10 + prng.int(0, 4) * 2 + parity;
  const first17 = `${divisionCode}${year}${pad(month, 2)}${pad(day, 2)}${pad(sequence, 3)}`;
  return first17 + residentIdCheckDigit(first17);
}
