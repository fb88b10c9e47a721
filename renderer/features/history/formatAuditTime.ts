const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO instant as "2025-07-01 10:00:05" in this computer's time zone. History shows seconds: two edits a
 * few seconds apart, or a device clock off by minutes, must be told apart. Text that is not a time is
 * shown as it was stored (a device's clock reading is evidence, never rewritten).
 */
export function formatAuditTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}
