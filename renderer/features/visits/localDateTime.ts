import { appClock } from '../../../shared/time/appClock';

/**
 * Times cross boundaries as ISO strings with the device's UTC offset ("2025-06-03T09:00:00+08:00"): the
 * printed record and a reviewer in the same court read the local time the officers saw, and the instant is
 * still exact. `<input type="datetime-local">` speaks "YYYY-MM-DDTHH:mm" in local time.
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

/** A datetime-local value as an offset ISO string; null for '' and for anything that is not a time. */
export function fromLocalInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  // new Date rolls 2025-02-30 over to March: refuse instead of recording a day nobody typed.
  if (date.getMonth() !== Number(mo) - 1 || date.getDate() !== Number(d)) return null;
  return toOffsetIso(date);
}

/** "2025-06-03 09:00" for screens and the printed record, in device time. */
export function formatLocal(iso: string | null): string {
  return toLocalInput(iso).replace('T', ' ');
}
