import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Sql } from './Sql';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const NAME = /^(\d{4})-[a-z0-9-]+\.sql$/;
/** Any constant: serialises migrations when several servers start against one PostgreSQL. */
const MIGRATION_LOCK_KEY = 72_310_001;

/** A numbered migration file, e.g. `0001-initial.sql`. */
export type Migration = { id: string; sql: string };

/** The migrations shipped with this build, in order. */
export function listMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => NAME.test(name))
    .sort()
    .map((name) => ({ id: name.replace(/\.sql$/, ''), sql: readFileSync(`${dir}/${name}`, 'utf8') }));
}

/**
 * Applies, in order and each in its own transaction, every migration not yet recorded in
 * `schema_migration`. Returns the ids it applied. A database migrated by a newer build is refused.
 */
export async function migrate(sql: Sql, migrations: Migration[] = listMigrations()): Promise<string[]> {
  const applied: string[] = [];
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    // Looked up first: a role without CREATE on the schema (the app role) may open a migrated database.
    const [found] = await tx.query<{ name: string | null }>(
      "SELECT to_regclass('schema_migration')::text AS name",
    );
    if (found?.name === null || found?.name === undefined)
      await tx.exec(
        'CREATE TABLE schema_migration (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
  });
  for (const migration of migrations) {
    await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const done = await tx.query('SELECT 1 FROM schema_migration WHERE id = $1', [migration.id]);
      if (done.length > 0) return;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migration (id) VALUES ($1)', [migration.id]);
      applied.push(migration.id);
    });
  }
  const known = new Set(migrations.map((m) => m.id));
  const recorded = await sql.query<{ id: string }>('SELECT id FROM schema_migration ORDER BY id');
  const unknown = recorded.filter((r) => !known.has(r.id));
  if (unknown.length > 0) {
    throw new Error(
      `数据库由更新版本的服务器迁移过（${unknown.map((r) => r.id).join(', ')}），请升级服务器 / ` +
        `The database was migrated by a newer server build (${unknown.map((r) => r.id).join(', ')}); update this server`,
    );
  }
  return applied;
}
