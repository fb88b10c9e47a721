import type { Logger } from '../log/logger';
import { dropToPgliteAppRole } from './dropToPgliteAppRole';
import { grantAppRole } from './grantAppRole';
import { inspectRoleSeparation } from './inspectRoleSeparation';
import { migrate } from './migrate';
import { openPgliteSql } from './openPgliteSql';
import { openPostgresSql } from './openPostgresSql';
import type { Sql } from './Sql';

/**
 * Where the court's data lives: PostgreSQL when a URL is given, else embedded PGlite in a folder. With
 * `databaseOwnerUrl` (DATABASE_OWNER_URL), migrations and grants run as that role, which owns the tables,
 * and the server itself runs as the `databaseUrl` role, which owns nothing (docs/operations.md).
 */
export type StorageConfig = { databaseUrl: string | null; dataDir: string; databaseOwnerUrl?: string | null };

/** Migrates as the owner and grants the app role its privileges; returns the migrations applied. */
async function migrateAsOwner(ownerUrl: string, app: Sql, logger: Logger): Promise<string[]> {
  const owner = openPostgresSql(ownerUrl, logger, 1);
  try {
    const applied = await migrate(owner);
    const [{ role }] = (await app.query<{ role: string }>('SELECT current_user AS role')) as [
      { role: string },
    ];
    await owner.transaction((tx) => grantAppRole(tx, role));
    return applied;
  } finally {
    await owner.close();
  }
}

/** Opens the configured storage, brings its schema up to date and leaves the server a role without ownership. */
export async function openSql(config: StorageConfig, logger: Logger): Promise<Sql> {
  const sql = config.databaseUrl
    ? openPostgresSql(config.databaseUrl, logger)
    : await openPgliteSql(config.dataDir);
  try {
    const applied =
      config.databaseUrl && config.databaseOwnerUrl
        ? await migrateAsOwner(config.databaseOwnerUrl, sql, logger)
        : await migrate(sql);
    if (applied.length > 0) logger.info({ applied }, 'db.migrated');
    if (sql.kind === 'pglite') {
      await dropToPgliteAppRole(sql);
    } else {
      const separation = await inspectRoleSeparation(sql);
      // Kept running (an existing one-role installation must not stop at an upgrade), but said loudly.
      if (!separation.isSeparated) logger.warn(separation, 'db.appRoleCanRewriteHistory');
    }
    return sql;
  } catch (error) {
    await sql.close();
    throw error;
  }
}
