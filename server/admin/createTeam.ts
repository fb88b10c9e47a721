import { randomUUID } from 'node:crypto';
import type { Sql, SqlExecutor } from '../db/Sql';
import { AdminError } from './AdminError';

export type TeamRecord = { id: string; name: string };

/** Creates an enforcement team; names are unique. `id` may be given (demo data uses stable ids). */
export async function createTeam(sql: Sql, input: { name: string; id?: string }): Promise<TeamRecord> {
  return sql.transaction(async (tx) => {
    if ((await tx.query('SELECT 1 FROM team WHERE name = $1', [input.name])).length > 0)
      throw new AdminError('admin.teamExists', input.name);
    const team = { id: input.id ?? randomUUID(), name: input.name };
    await tx.query('INSERT INTO team (id, name) VALUES ($1, $2)', [team.id, team.name]);
    return team;
  });
}

/** Finds a team by id or by name. */
export async function findTeam(db: SqlExecutor, idOrName: string): Promise<TeamRecord | null> {
  const rows = await db.query<TeamRecord>(
    'SELECT id, name FROM team WHERE id = $1 OR name = $1 ORDER BY (id = $1) DESC LIMIT 1',
    [idOrName],
  );
  return rows[0] ?? null;
}

export async function listTeams(db: SqlExecutor): Promise<TeamRecord[]> {
  return db.query<TeamRecord>('SELECT id, name FROM team ORDER BY name');
}
