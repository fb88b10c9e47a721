import type { Logger } from '../log/logger';
import { migrate } from './migrate';
import { openPgliteSql } from './openPgliteSql';
import { openPostgresSql } from './openPostgresSql';
import type { Sql } from './Sql';

/** Where the court's data lives: PostgreSQL when a URL is given, else embedded PGlite in a folder. */
export type StorageConfig = { databaseUrl: string | null; dataDir: string };

/** Opens the configured storage and brings its schema up to date. */
export async function openSql(config: StorageConfig, logger: Logger): Promise<Sql> {
  const sql = config.databaseUrl
    ? openPostgresSql(config.databaseUrl, logger)
    : await openPgliteSql(config.dataDir);
  try {
    const applied = await migrate(sql);
    if (applied.length > 0) logger.info({ applied }, 'db.migrated');
    return sql;
  } catch (error) {
    await sql.close();
    throw error;
  }
}
