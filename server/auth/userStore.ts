import type { SessionUser } from '../../shared/auth/authProtocol';
import type { UserRole } from '../../shared/auth/userRole';
import type { SqlExecutor } from '../db/Sql';

/** A user row as the server works with it. */
export type UserRecord = SessionUser & {
  passwordHash: string;
  isDisabled: boolean;
  /** Raised by a password reset or change: access tokens of an older epoch are refused. */
  sessionEpoch: number;
};

/** The device an access token names, as `authenticate` checks it. */
export type DeviceState = { userId: string; sessionEpoch: number; isRevoked: boolean };

type UserRow = {
  id: string;
  username: string;
  name: string;
  role: UserRole;
  team_id: string | null;
  password_hash: string;
  disabled_at: Date | null;
  session_epoch: number;
};

const COLUMNS = 'id, username, name, role, team_id, password_hash, disabled_at, session_epoch';

function toUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role,
    teamId: row.team_id,
    passwordHash: row.password_hash,
    isDisabled: row.disabled_at !== null,
    sessionEpoch: row.session_epoch,
  };
}

/** The public part of a user, as sent to the app. */
export function toSessionUser(user: UserRecord): SessionUser {
  return { id: user.id, username: user.username, name: user.name, role: user.role, teamId: user.teamId };
}

export async function findUserByUsername(db: SqlExecutor, username: string): Promise<UserRecord | null> {
  const rows = await db.query<UserRow>(`SELECT ${COLUMNS} FROM app_user WHERE username = $1`, [username]);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function findUserById(db: SqlExecutor, id: string): Promise<UserRecord | null> {
  const rows = await db.query<UserRow>(`SELECT ${COLUMNS} FROM app_user WHERE id = $1`, [id]);
  return rows[0] ? toUser(rows[0]) : null;
}

/**
 * A user and, in the same statement, the device (null when unknown): what every authenticated request
 * checks, in one round trip.
 */
export async function findUserWithDevice(
  db: SqlExecutor,
  userId: string,
  deviceId: string,
): Promise<{ user: UserRecord; device: DeviceState | null } | null> {
  const rows = await db.query<
    UserRow & { device_user_id: string | null; device_epoch: number | null; device_revoked_at: Date | null }
  >(
    `SELECT ${COLUMNS.split(', ')
      .map((c) => `u.${c}`)
      .join(', ')}, d.user_id AS device_user_id, d.session_epoch AS device_epoch,
       d.revoked_at AS device_revoked_at
     FROM app_user u LEFT JOIN device d ON d.id = $2 WHERE u.id = $1`,
    [userId, deviceId],
  );
  const row = rows[0];
  if (!row) return null;
  const device =
    row.device_user_id === null
      ? null
      : {
          userId: row.device_user_id,
          sessionEpoch: row.device_epoch ?? 0,
          isRevoked: row.device_revoked_at !== null,
        };
  return { user: toUser(row), device };
}
