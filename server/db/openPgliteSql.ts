import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './dataDirLock';
import type { Sql } from './Sql';
import { wrapPglite } from './wrapPglite';

/**
 * Embedded PostgreSQL (PGlite) in `dataDir` (locked against a second process), or in memory when
 * `dataDir` is undefined. `loadDataDir` starts an in-memory database from a dump (tests use a migrated
 * template, which is much faster than initdb). PGlite does not fsync: a power cut can lose the last
 * commits (docs/operations.md).
 */
export async function openPgliteSql(
  dataDir: string | undefined,
  options: { loadDataDir?: Blob } = {},
): Promise<Sql> {
  const release = dataDir === undefined ? () => undefined : lockDataDir(dataDir);
  try {
    const db = new PGlite({ ...(dataDir === undefined ? {} : { dataDir }), ...options });
    await db.waitReady;
    return wrapPglite(db, release);
  } catch (error) {
    release();
    throw error;
  }
}
