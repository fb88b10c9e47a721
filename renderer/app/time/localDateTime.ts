import { appClock } from '../../../shared/time/appClock';

/**
 * Times cross boundaries as ISO strings with the device's UTC offset ("2025-06-03T09:00:00+08:00"): the
 * printed record and a reviewer in the same court read the local time the officers saw, and the instant is
 * still exact. Officers type and read local time as "YYYY-MM-DD HH:mm" (24 h) in every UI language: it is
 * unambiguous, where Chromium's own date inputs follow the OS locale (12/04/2026, 10:57 AM).
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `date` as ISO 8601 with the device's offset, to the second. */
export function toOffsetIso(date: Date): string {
  const offsetMin = -date.getTimezoneOffset();
  const sign = offsetMin >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMin);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Now, as an offset ISO string. */
export function nowIso(): string {
  return toOffsetIso(appClock.date());
}

/** An ISO instant as the value of a datetime-local input (device time); '' for null. */
export function toLocalInput(iso: string | null): string {
  if (iso === null) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Year-month-day, then time: "2025-06-03 09:40", "2025/6/3T9:40:05", "2025年6月3日 9时40分". */
const TYPED =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*T\s*|\s+|(?<=日))(\d{1,2})\s*[:时]\s*(\d{2})(?:\s*[:分]\s*(\d{2})\s*秒?|\s*分)?$/;

/**
 * What an officer typed (or a datetime-local value) as an offset ISO string; null for '' and for anything
 * that is not a time. Officers type "2025-06-03 09:40"; the field also takes "2025-06-03T09:40",
 * "2025/6/3 9:40" and "2025年6月3日 9:40", and the full-width digits, dashes, colons and spaces of a Chinese
 * input method (NFKC folds them to ASCII), so nobody has to switch keyboards to record a time.
 */
export function fromLocalInput(value: string): string | null {
  const m = TYPED.exec(value.normalize('NFKC').trim());
  if (!m) return null;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(y, mo - 1, d, h, mi, s);
  // new Date rolls 2025-02-30 over to March, 24:00 to the next day and year 0099 to 1999: refuse instead of recording a
  // time nobody typed.
  const isAsTyped =
    date.getFullYear() === y &&
    date.getMonth() === mo - 1 &&
    date.getDate() === d &&
    date.getHours() === h &&
    date.getMinutes() === mi;
  return isAsTyped && s <= 59 ? toOffsetIso(date) : null;
}

/** "2025-06-03 09:00" for screens and the printed record, in device time. */
export function formatLocal(iso: string | null): string {
  return toLocalInput(iso).replace('T', ' ');
}
