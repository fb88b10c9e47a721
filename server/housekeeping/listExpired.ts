import type { SqlExecutor } from '../db/Sql';
import { cutoff } from './HousekeepingPolicy';
import type { HousekeepingPolicy } from './HousekeepingPolicy';

/** A quarantined batch past its retention. */
export type ExpiredBatch = { id: string; deviceId: string | null; receivedAt: string; bytes: number };
/** An unfinished upload that received nothing for the upload expiry. */
export type ExpiredUpload = {
  id: string;
  deviceId: string;
  updatedAt: string;
  size: number;
  receivedBytes: number;
};

export type ExpiredRows = { batches: ExpiredBatch[]; uploads: ExpiredUpload[] };

const iso = (d: Date | string) => new Date(d).toISOString();

/** What `housekeeping --purge` would remove now: the expired quarantined batches and unfinished uploads. */
export async function listExpired(
  db: SqlExecutor,
  policy: HousekeepingPolicy,
  nowMs: number,
): Promise<ExpiredRows> {
  const batches = await db.query<{ id: string; device_id: string | null; received_at: Date; bytes: number }>(
    `SELECT id, device_id, received_at, octet_length(payload) AS bytes FROM quarantined_batch
     WHERE received_at < $1::timestamptz ORDER BY received_at, id`,
    [cutoff(nowMs, policy.quarantineDays)],
  );
  const uploads = await db.query<{
    id: string;
    device_id: string;
    updated_at: Date;
    size: string | number;
    received_bytes: string | number;
  }>(
    `SELECT id, device_id, updated_at, size, received_bytes FROM blob_upload
     WHERE completed_at IS NULL AND updated_at < $1::timestamptz ORDER BY updated_at, id`,
    [cutoff(nowMs, policy.uploadDays)],
  );
  return {
    batches: batches.map((b) => ({
      id: b.id,
      deviceId: b.device_id,
      receivedAt: iso(b.received_at),
      bytes: Number(b.bytes),
    })),
    uploads: uploads.map((u) => ({
      id: u.id,
      deviceId: u.device_id,
      updatedAt: iso(u.updated_at),
      size: Number(u.size),
      receivedBytes: Number(u.received_bytes),
    })),
  };
}
