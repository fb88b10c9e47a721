import { normalizeUsername } from '../../shared/auth/normalizeUsername';
import { AdminError } from '../admin/AdminError';
import type { Sql } from '../db/Sql';
import { endUserSessions } from './endUserSessions';
import { revokeDevice } from './revokeDevice';

/**
 * The administrator revokes every device of a user (a lost bag, a leaver): each is told
 * `auth.deviceRevoked` at its next contact, and every session of the user ends. The account itself stays
 * usable with a fresh sign-in; disabling it is `update-user --disable`. Returns the devices revoked.
 */
export async function revokeUser(sql: Sql, usernameInput: string, now: number): Promise<string[]> {
  const username = normalizeUsername(usernameInput);
  return sql.transaction(async (tx) => {
    const users = await tx.query<{ id: string }>('SELECT id FROM app_user WHERE username = $1 FOR UPDATE', [
      username,
    ]);
    const user = users[0];
    if (!user) throw new AdminError('admin.userUnknown', username);
    const devices = await tx.query<{ id: string }>('SELECT id FROM device WHERE user_id = $1 ORDER BY id', [
      user.id,
    ]);
    for (const device of devices) await revokeDevice(tx, device.id, 'admin', now);
    await endUserSessions(tx, user.id, now);
    return devices.map((d) => d.id);
  });
}
