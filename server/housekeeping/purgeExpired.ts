import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/Sql';
import { cutoff } from './HousekeepingPolicy';
import type { HousekeepingPolicy } from './HousekeepingPolicy';

/** What one purge removed, as recorded in admin_action. */
export type PurgeResult = { actionId: string; batchIds: string[]; uploadIds: string[] };

/**
 * Removes the expired quarantined batches (through purge_quarantined_batches, the only path past their
 * append-only trigger, which never removes one younger than 30 days) and the expired unfinished uploads
 * with their chunks, and records it as one admin action (who, the policy, every id removed) — all in one
 * transaction, so a purge is never done unrecorded.
 */
export async function purgeExpired(
  sql: Sql,
  policy: HousekeepingPolicy,
  performedBy: string,
  nowMs: number,
): Promise<PurgeResult> {
  return sql.transaction(async (tx) => {
    const batches = await tx.query<{ id: string }>(
      'SELECT id FROM purge_quarantined_batches($1::timestamptz) AS id ORDER BY id',
      [cutoff(nowMs, policy.quarantineDays)],
    );
    const uploads = await tx.query<{ id: string }>(
      `DELETE FROM blob_upload WHERE completed_at IS NULL AND updated_at < $1::timestamptz RETURNING id`,
      [cutoff(nowMs, policy.uploadDays)],
    );
    const result: PurgeResult = {
      actionId: randomUUID(),
      batchIds: batches.map((b) => b.id),
      uploadIds: uploads.map((u) => u.id).sort(),
    };
    await tx.query(
      `INSERT INTO admin_action (id, action, performed_by, details, performed_at)
       VALUES ($1, 'housekeeping.purge', $2, $3::jsonb, $4::timestamptz)`,
      [
        result.actionId,
        performedBy,
        JSON.stringify({ policy, quarantinedBatches: result.batchIds, unfinishedUploads: result.uploadIds }),
        new Date(nowMs).toISOString(),
      ],
    );
    return result;
  });
}
