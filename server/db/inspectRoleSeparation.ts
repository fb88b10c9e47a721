import type { SqlExecutor } from './Sql';

/** Whether the role the server runs as could rewrite history by switching its guards off. */
export type RoleSeparation = {
  role: string;
  isSuperuser: boolean;
  /** Tables the role owns, or owns through a role it is a member of (it could disable their triggers). */
  ownedTables: string[];
  isSeparated: boolean;
};

/** Asks the database about the current role (run on the app's own connection). */
export async function inspectRoleSeparation(db: SqlExecutor): Promise<RoleSeparation> {
  const [me] = (await db.query<{ role: string; is_superuser: boolean }>(
    'SELECT current_user AS role, rolsuper AS is_superuser FROM pg_roles WHERE rolname = current_user',
  )) as [{ role: string; is_superuser: boolean }];
  const owned = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v')
       AND pg_has_role(current_user, c.relowner, 'USAGE')
     ORDER BY c.relname`,
  );
  const ownedTables = owned.map((r) => r.name);
  return {
    role: me.role,
    isSuperuser: me.is_superuser,
    ownedTables,
    isSeparated: !me.is_superuser && ownedTables.length === 0,
  };
}
