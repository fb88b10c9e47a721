import type { SqlExecutor } from '../../db/Sql';

/** True when the team exists: a case is only ever written into a known team. */
export async function teamExists(tx: SqlExecutor, teamId: string): Promise<boolean> {
  return (await tx.query('SELECT 1 FROM team WHERE id = $1', [teamId])).length > 0;
}
