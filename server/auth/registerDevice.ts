import { randomUUID } from 'node:crypto';
import type { SqlExecutor } from '../db/Sql';

/** The device a login will use, and how far the server has processed its outbox. */
export type RegisteredDevice = { deviceId: string; lastProcessedClientSeq: number };

/**
 * Registers (or re-uses) the device for a user. Re-using it after a revocation lifts the revocation: the
 * user has just proved who they are with their password, and the device keeps its outbox sequence, so
 * edits made before the revocation can still be pushed. A device id already registered to ANOTHER user is never
 * shared: that user's outbox sequence belongs to them, so the newcomer gets a fresh device id and can never
 * push the previous officer's pending changes under their own name.
 */
export async function registerDevice(
  tx: SqlExecutor,
  userId: string,
  requestedId: string | undefined,
  name: string,
  now: number,
): Promise<RegisteredDevice> {
  const at = new Date(now).toISOString();
  if (requestedId !== undefined) {
    const rows = await tx.query<{ user_id: string; last_processed_client_seq: number }>(
      'SELECT user_id, last_processed_client_seq FROM device WHERE id = $1 FOR UPDATE',
      [requestedId],
    );
    const existing = rows[0];
    if (existing && existing.user_id === userId) {
      await tx.query(
        `UPDATE device SET name = $2, last_seen_at = $3::timestamptz, revoked_at = NULL, revoked_reason = NULL
         WHERE id = $1`,
        [requestedId, name, at],
      );
      return { deviceId: requestedId, lastProcessedClientSeq: existing.last_processed_client_seq };
    }
    if (!existing) {
      await tx.query(
        'INSERT INTO device (id, user_id, name, registered_at, last_seen_at) VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz)',
        [requestedId, userId, name, at],
      );
      return { deviceId: requestedId, lastProcessedClientSeq: 0 };
    }
  }
  const deviceId = randomUUID();
  await tx.query(
    'INSERT INTO device (id, user_id, name, registered_at, last_seen_at) VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz)',
    [deviceId, userId, name, at],
  );
  return { deviceId, lastProcessedClientSeq: 0 };
}
