import { grantAppRole, quoteIdent } from './grantAppRole';
import type { Sql } from './Sql';

/** The role the server's one PGlite connection runs as once migrated. */
export const PGLITE_APP_ROLE = 'fieldwrit_app';

/**
 * PGlite has one connection and it is a superuser's. After migrating, the server creates a role without
 * ownership (grantAppRole's privileges) and switches its connection to it with SET ROLE: a statement the
 * server sends — a defect, an injection — can then no more disable a trigger than on PostgreSQL. The limit
 * (docs/security.md): the session may RESET ROLE, and anyone who can open the data folder is superuser;
 * there, signed checkpoints and the heads kept by devices are what reveal a rewrite.
 */
export async function dropToPgliteAppRole(sql: Sql): Promise<void> {
  await sql.transaction(async (tx) => {
    const exists = await tx.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [PGLITE_APP_ROLE]);
    if (exists.length === 0) await tx.exec(`CREATE ROLE ${quoteIdent(PGLITE_APP_ROLE)} NOLOGIN`);
    await grantAppRole(tx, PGLITE_APP_ROLE);
  });
  await sql.exec(`SET ROLE ${quoteIdent(PGLITE_APP_ROLE)}`);
}
