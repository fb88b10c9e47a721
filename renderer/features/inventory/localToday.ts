import { appClock } from '../../../shared/time/appClock';

/** Today's date on this device, as ISO YYYY-MM-DD in local time (what the officer's calendar says). */
export function localToday(now: Date = appClock.date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
