import { migrate } from '../../../../server/db/migrate';
import { openPgliteSql } from '../../../../server/db/openPgliteSql';
import { openPostgresSql } from '../../../../server/db/openPostgresSql';
import type { Sql } from '../../../../server/db/Sql';
import { silentLogger } from '../../../../server/log/logger';
import { startPostgresCluster } from '../../../support/postgresCluster';

/** Every server suite runs against both storages: the same SQL must behave the same on each. */
export const STORAGES = ['pglite', 'postgres'] as const;
export type StorageKind = (typeof STORAGES)[number];

export type TestStorage = { sql: Sql; url: string | null; close(): Promise<void> };

/** A migrated, empty database: in-memory PGlite, or a throwaway PostgreSQL cluster. */
export async function openTestStorage(kind: StorageKind): Promise<TestStorage> {
  if (kind === 'pglite') {
    const sql = await openPgliteSql(undefined);
    await migrate(sql);
    return { sql, url: null, close: () => sql.close() };
  }
  const cluster = startPostgresCluster();
  const sql = openPostgresSql(cluster.url, silentLogger);
  await migrate(sql);
  return {
    sql,
    url: cluster.url,
    close: async () => {
      await sql.close();
      cluster.stop();
    },
  };
}
