import type { SqlExecutor } from './Sql';

/** Serialises the grants with migrations when several servers start against one PostgreSQL. */
const MIGRATION_LOCK_KEY = 72_310_001;

type TableRow = { name: string; kind: string; is_append_only: boolean };

/** `"name"` for SQL, doubling any quote: role names come from configuration. */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Gives the app role exactly what the server needs, as the owner of the tables (after migrating):
 * SELECT and INSERT on every append-only table (those a row trigger guards with refuse_change — found in
 * the catalogue, so tables added by later migrations are covered), SELECT/INSERT/UPDATE/DELETE on the
 * others, SELECT on schema_migration. Never TRUNCATE, REFERENCES or TRIGGER, and never ownership: only
 * an owner can ALTER TABLE … DISABLE TRIGGER or DROP TRIGGER, so the role the server runs as cannot
 * switch off what keeps history append-only. Everything is revoked first: a privilege granted by hand or
 * by an older build does not survive a restart.
 */
export async function grantAppRole(owner: SqlExecutor, appRole: string): Promise<TableRow[]> {
  const role = quoteIdent(appRole);
  await owner.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
  const tables = await owner.query<TableRow>(
    `SELECT c.relname AS name, c.relkind AS kind, EXISTS (
         SELECT 1 FROM pg_trigger t
         WHERE t.tgrelid = c.oid AND t.tgfoid = 'refuse_change'::regproc AND (t.tgtype & 1) = 1
       ) AS is_append_only
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v')
     ORDER BY c.relname`,
  );
  const statements = [
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${role}`,
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `REVOKE CREATE ON SCHEMA public FROM ${role}`,
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
  ];
  for (const t of tables) {
    const privileges =
      t.kind === 'v' || t.name === 'schema_migration'
        ? 'SELECT'
        : t.is_append_only
          ? 'SELECT, INSERT'
          : 'SELECT, INSERT, UPDATE, DELETE';
    statements.push(`GRANT ${privileges} ON ${quoteIdent(t.name)} TO ${role}`);
  }
  for (const statement of statements) await owner.query(statement);
  return tables;
}
