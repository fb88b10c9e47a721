const DAY_MS = 24 * 60 * 60 * 1000;

/** How old a quarantined batch or an unfinished upload must be to be purged, in days. */
export type HousekeepingPolicy = { quarantineDays: number; uploadDays: number };

/**
 * Quarantined batches are kept 90 days by default and never fewer than 30 (the database refuses: see
 * migration 0007); unfinished uploads expire after 7 days without a chunk (enforceUploadQuota.ts).
 */
export const DEFAULT_HOUSEKEEPING_POLICY: HousekeepingPolicy = { quarantineDays: 90, uploadDays: 7 };
export const MIN_QUARANTINE_DAYS = 30;
export const MIN_UPLOAD_DAYS = 1;

/** The instant before which rows of that age are purged. */
export const cutoff = (nowMs: number, days: number) => new Date(nowMs - days * DAY_MS).toISOString();
