import { PGlite } from '@electric-sql/pglite';
import { migrate } from './migrate';
import { wrapPglite } from './wrapPglite';

/**
 * A dump (tar) of a fresh in-memory database with every migration applied: a template that
 * `openPgliteSql(undefined, { loadDataDir })` opens far faster than a new database is initialised.
 */
export async function dumpMigratedPglite(): Promise<Uint8Array> {
  const db = new PGlite();
  await db.waitReady;
  const sql = wrapPglite(db);
  try {
    await migrate(sql);
    const dump = await db.dumpDataDir('none');
    return new Uint8Array(await dump.arrayBuffer());
  } finally {
    await sql.close();
  }
}
