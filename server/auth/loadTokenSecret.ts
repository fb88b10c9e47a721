import { randomBytes } from 'node:crypto';
import type { Sql } from '../db/Sql';

/**
 * The HMAC key for access tokens: created on first start and kept in the database, so restarts (and other
 * server processes on the same PostgreSQL) keep accepting issued tokens. ON CONFLICT makes two servers
 * starting at once agree on one key.
 */
export async function loadTokenSecret(sql: Sql): Promise<Buffer> {
  await sql.query(
    `INSERT INTO server_setting (key, value) VALUES ('token_secret', $1) ON CONFLICT (key) DO NOTHING`,
    [randomBytes(32).toString('base64')],
  );
  const rows = await sql.query<{ value: string }>(
    `SELECT value FROM server_setting WHERE key = 'token_secret'`,
  );
  return Buffer.from(rows[0]!.value, 'base64');
}
