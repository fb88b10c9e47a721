import type { SqlExecutor } from '../db/Sql';

/**
 * Signs a device out on the server: its refresh tokens end and its epoch rises, so the access token in
 * hand stops too (`auth.sessionEnded`). The device stays registered, with its outbox sequence, for the
 * next sign-in; nothing else of the user is touched.
 */
export async function logout(db: SqlExecutor, deviceId: string, now: number): Promise<void> {
  await db.query('UPDATE device SET session_epoch = session_epoch + 1 WHERE id = $1', [deviceId]);
  await db.query(
    'UPDATE refresh_token SET revoked_at = $2::timestamptz WHERE device_id = $1 AND revoked_at IS NULL',
    [deviceId, new Date(now).toISOString()],
  );
}
