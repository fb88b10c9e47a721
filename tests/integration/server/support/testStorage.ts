import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropToPgliteAppRole, PGLITE_APP_ROLE } from '../../../../server/db/dropToPgliteAppRole';
import { dumpMigratedPglite } from '../../../../server/db/dumpMigratedPglite';
import { listMigrations, migrate } from '../../../../server/db/migrate';
import { openPgliteSql } from '../../../../server/db/openPgliteSql';
import { openPostgresSql } from '../../../../server/db/openPostgresSql';
import type { Sql } from '../../../../server/db/Sql';
import { silentLogger } from '../../../../server/log/logger';
import { startPostgresCluster } from '../../../support/postgresCluster';

/** Every server suite runs against both storages: the same SQL must behave the same on each. */
export const STORAGES = ['pglite', 'postgres'] as const;
export type StorageKind = (typeof STORAGES)[number];

export type TestStorage = {
  /** What the server is given: on PGlite the app role `fieldwrit_app`, as `openSql` leaves production. */
  sql: Sql;
  url: string | null;
  /**
   * Runs `fn` with the database owner's rights, for a test that plays the owner or an attacker holding the
   * data folder (disabling triggers, rewriting history). On PGlite the one connection is switched back for
   * the call, so nothing else may run on it meanwhile.
   */
  asOwner<T>(fn: (owner: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

/**
 * A migrated PGlite dump shared by the test files of one machine (keyed by the migrations' content): a
 * fresh PGlite spends seconds in initdb, loading the dump takes a fraction of that. Written to a temporary
 * name and renamed, so parallel test workers never read half a file.
 */
async function pgliteTemplate(): Promise<Blob> {
  const key = createHash('sha256')
    .update(
      listMigrations()
        .map((m) => `${m.id}\n${m.sql}`)
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 16);
  const path = join(tmpdir(), `fieldwrit-pglite-template-${key}.tar`);
  if (!existsSync(path)) {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, await dumpMigratedPglite());
    renameSync(temporary, path);
  }
  return new Blob([readFileSync(path)]);
}

/** A migrated, empty database: in-memory PGlite, or a throwaway PostgreSQL cluster. */
export async function openTestStorage(kind: StorageKind): Promise<TestStorage> {
  if (kind === 'pglite') {
    const sql = await openPgliteSql(undefined, { loadDataDir: await pgliteTemplate() });
    await migrate(sql);
    // As openSql does in production: a grant the server needs and lacks then fails a test.
    await dropToPgliteAppRole(sql);
    const asOwner = async <T>(fn: (owner: Sql) => Promise<T>): Promise<T> => {
      await sql.exec('RESET ROLE');
      try {
        return await fn(sql);
      } finally {
        await sql.exec(`SET ROLE ${PGLITE_APP_ROLE}`);
      }
    };
    return { sql, url: null, asOwner, close: () => sql.close() };
  }
  const cluster = startPostgresCluster();
  const sql = openPostgresSql(cluster.url, silentLogger);
  await migrate(sql);
  return {
    sql,
    url: cluster.url,
    // The cluster's URL is its superuser's: the owner and the server's handle are the same here.
    asOwner: (fn) => fn(sql),
    close: async () => {
      await sql.close();
      cluster.stop();
    },
  };
}
