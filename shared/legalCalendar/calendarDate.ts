import { z } from 'zod';
import { assert } from '../util/assert';
import type { AssetCode } from '../assets/assetMessages';

/** A calendar date 'YYYY-MM-DD': a day in court paperwork, with no time of day and no time zone. */
export type IsoDate = string;

/** A real calendar date (zod's ISO date check refuses 2025-02-29 and 2025-13-01). */
export const isoDateSchema = z.iso.date({ error: 'asset.dateFormat' satisfies AssetCode });

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function partsOf(date: IsoDate): { y: number; m: number; d: number } {
  const match = ISO.exec(date);
  assert(match !== null, `calendar date is YYYY-MM-DD (${date})`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/**
 * Days since 1970-01-01 of a civil date, by pure integer arithmetic (H. Hinnant's days_from_civil): no Date
 * object, so neither the device's time zone nor its daylight saving can move a seizure's last day.
 */
export function dayNumber(date: IsoDate): number {
  const { y: year, m, d } = partsOf(date);
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date of a day number (inverse of `dayNumber`). */
export function fromDayNumber(days: number): IsoDate {
  assert(Number.isSafeInteger(days), 'a day number is a whole number');
  const z0 = days + 719_468;
  const era = Math.floor(z0 / 146_097);
  const doe = z0 - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return format(y, m, d);
}

/** `date` moved by `days` (negative moves back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysFromTo(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/**
 * The last day of a term of `months` months that starts on (and counts) `start`.
 *
 * The rule, stated once: the start day is a day of the term, and the term runs up to the day before the
 * same-numbered day `months` months later; when that month has no such day (a term from 02-29, 01-31,
 * 08-31), the term runs to the end of that month. So 1 year from 2024-01-10 ends 2025-01-09, from 2024-02-29
 * ends 2025-02-28, and 1 month from 2024-01-31 ends 2024-02-29.
 *
 * Why this count: the Civil Procedure Law (Art. 85 in the 2021 numbering) does not count the day a period
 * starts, and the Civil Code (Art. 202) ends a period counted in months or years on the corresponding day of
 * the last month, or that month's last day when there is none. A seizure, though, binds from the day its
 * notice is served, and courts write its term inclusively ("查封期限自 2024 年 1 月 10 日起至 2027 年 1 月 9 日
 * 止"). Counting the start day ends the term one day earlier than Art. 85 would: a reminder a day early costs
 * nothing, a renewal a day late loses the creditor's priority.
 */
export function termLastDay(start: IsoDate, months: number): IsoDate {
  assert(Number.isSafeInteger(months) && months >= 1, 'a term is a whole number of months, at least 1');
  const { y, m, d } = partsOf(start);
  const index = m - 1 + months;
  const year = y + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const monthEnd = daysInMonth(year, month);
  return d > monthEnd ? format(year, month, monthEnd) : addDays(format(year, month, d), -1);
}

function format(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
