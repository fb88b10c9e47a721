import type { SqlExecutor } from '../../db/Sql';
import type { ChainHead } from './ChainHead';

/**
 * Every record's head just after commit `commitSeq`, in one fixed order (entity, then id, by code unit —
 * COLLATE "C", so the order does not depend on the database's locale). entity_version is append-only and
 * commit order equals sequence order, so the heads as of a committed sequence never change: reading them
 * again later gives the same list unless history was rewritten.
 */
export async function readHeadsAsOf(db: SqlExecutor, commitSeq: number): Promise<ChainHead[]> {
  const rows = await db.query<{ entity: string; entity_id: string; version: number; hash: string }>(
    `SELECT DISTINCT ON (entity COLLATE "C", entity_id COLLATE "C") entity, entity_id, version, hash
     FROM entity_version WHERE commit_seq <= $1
     ORDER BY entity COLLATE "C", entity_id COLLATE "C", version DESC`,
    [commitSeq],
  );
  return rows.map((r) => ({ entity: r.entity, entityId: r.entity_id, version: r.version, hash: r.hash }));
}
