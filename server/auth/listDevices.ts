import { normalizeUsername } from '../../shared/auth/normalizeUsername';
import { AdminError } from '../admin/AdminError';
import type { SqlExecutor } from '../db/Sql';

/** A device of a user as the administrator sees it before revoking one. */
export type DeviceListing = {
  id: string;
  name: string;
  registeredAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
};

/** The devices registered to a user, most recently seen first. */
export async function listDevices(db: SqlExecutor, usernameInput: string): Promise<DeviceListing[]> {
  const username = normalizeUsername(usernameInput);
  const users = await db.query<{ id: string }>('SELECT id FROM app_user WHERE username = $1', [username]);
  if (!users[0]) throw new AdminError('admin.userUnknown', username);
  const rows = await db.query<{
    id: string;
    name: string;
    registered_at: Date;
    last_seen_at: Date;
    revoked_at: Date | null;
    revoked_reason: string | null;
  }>(
    `SELECT id, name, registered_at, last_seen_at, revoked_at, revoked_reason FROM device
     WHERE user_id = $1 ORDER BY last_seen_at DESC, id`,
    [users[0].id],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    registeredAt: r.registered_at,
    lastSeenAt: r.last_seen_at,
    revokedAt: r.revoked_at,
    revokedReason: r.revoked_reason,
  }));
}
