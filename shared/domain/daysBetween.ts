/** Whole calendar days from one ISO date (YYYY-MM-DD) to another; UTC-based so time zones cannot shift it. */
export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  const a = Date.UTC(+fromIsoDate.slice(0, 4), +fromIsoDate.slice(5, 7) - 1, +fromIsoDate.slice(8, 10));
  const b = Date.UTC(+toIsoDate.slice(0, 4), +toIsoDate.slice(5, 7) - 1, +toIsoDate.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}
