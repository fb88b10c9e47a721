import type { SyncedEntity } from '../../shared/sync/mutation';
import type { AuthContext } from '../auth/authenticate';
import type { SqlExecutor } from '../db/Sql';
import { NotFound } from '../errors/NotFound';

/**
 * The case a record's history belongs to, when the caller may see it: administrators every case, officers
 * and team leads their team's (as for sync). Anything else — a record that never reached the server, or one
 * in another team's case — is the same NotFound `history.notFound`, so ids of other teams leak nothing.
 */
export async function findReadableCase(
  db: SqlExecutor,
  caller: AuthContext,
  entity: SyncedEntity,
  entityId: string,
): Promise<{ caseId: string; caseNumber: string }> {
  const rows = await db.query<{ case_id: string; case_number: string; team_id: string }>(
    `SELECT c.id AS case_id, c.case_number, c.team_id
     FROM (SELECT case_id FROM entity_version WHERE entity = $1 AND entity_id = $2 LIMIT 1) v
     JOIN case_record c ON c.id = v.case_id`,
    [entity, entityId],
  );
  const found = rows[0];
  if (!found || (caller.user.role !== 'admin' && found.team_id !== caller.user.teamId))
    throw new NotFound('history.notFound');
  return { caseId: found.case_id, caseNumber: found.case_number };
}
