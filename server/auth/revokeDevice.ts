import type { SqlExecutor } from '../db/Sql';

/** Why a device was revoked: the administrator's command, or a replayed (already rotated) refresh token. */
export type RevocationReason = 'admin' | 'refreshReuse';

/**
 * Revokes a device: every refresh token of it ends and its epoch rises, so its access tokens stop at once;
 * its next contact is answered `auth.deviceRevoked` (the app then removes its local data), until its user
 * signs in on it again with their password. Returns false when there is no such device.
 */
export async function revokeDevice(
  db: SqlExecutor,
  deviceId: string,
  reason: RevocationReason,
  now: number,
): Promise<boolean> {
  const at = new Date(now).toISOString();
  const rows = await db.query(
    `UPDATE device SET revoked_at = COALESCE(revoked_at, $2::timestamptz), revoked_reason = $3,
       session_epoch = session_epoch + 1
     WHERE id = $1 RETURNING id`,
    [deviceId, at, reason],
  );
  await db.query(
    'UPDATE refresh_token SET revoked_at = $2::timestamptz WHERE device_id = $1 AND revoked_at IS NULL',
    [deviceId, at],
  );
  return rows.length > 0;
}
