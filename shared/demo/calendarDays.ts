const DAY_MS = 86_400_000;
/** China has one time zone, UTC+8, and no daylight saving: court dates are China calendar dates. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Demo data spans a few hundred distinct days over tens of thousands of cases: format each day once. */
const isoCache = new Map<number, string>();

/** Demo dates are whole days counted from 1970-01-01 (China calendar), which makes their arithmetic trivial. */
export const calendarDays = {
  /** The China calendar day of an instant. */
  dayOf(instant: Date): number {
    return Math.floor((instant.getTime() + CHINA_OFFSET_MS) / DAY_MS);
  },
  /** UTC milliseconds of China midnight starting `day`. */
  startMs(day: number): number {
    return day * DAY_MS - CHINA_OFFSET_MS;
  },
  /** ISO date (YYYY-MM-DD) of `day`. */
  isoDate(day: number): string {
    let iso = isoCache.get(day);
    if (iso === undefined) {
      iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
      isoCache.set(day, iso);
    }
    return iso;
  },
  year(day: number): number {
    return Number(calendarDays.isoDate(day).slice(0, 4));
  },
  /** Day number of 1 January of `year`. */
  firstOfYear(year: number): number {
    return Date.UTC(year, 0, 1) / DAY_MS;
  },
  /** `day` itself on a weekday, else the Friday before: courts accept and close cases on working days. */
  weekdayOnOrBefore(day: number): number {
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    if (weekday === 6) return day - 1;
    if (weekday === 0) return day - 2;
    return day;
  },
} as const;
