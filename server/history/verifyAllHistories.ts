import type { SqlExecutor } from '../db/Sql';
import { checkRecordChain } from '../sync/chain/checkRecordChain';
import type { HistoryBreak } from './checkpoint/HistoryBreak';

/**
 * Every record of every kind the court holds — whatever entity_version, case_record and child_record
 * name, so a kind added later is covered without a change here, and a record whose versions were all
 * removed is still found through its current row — each checked by checkRecordChain.
 */
export async function verifyAllHistories(
  db: SqlExecutor,
): Promise<{ records: number; byEntity: Record<string, number>; breaks: HistoryBreak[] }> {
  const records = await db.query<{ entity: string; entity_id: string }>(
    `SELECT entity, entity_id FROM entity_version
     UNION SELECT 'case', id FROM case_record
     UNION SELECT entity, id FROM child_record
     ORDER BY 1, 2`,
  );
  const byEntity: Record<string, number> = {};
  const breaks: HistoryBreak[] = [];
  for (const { entity, entity_id: entityId } of records) {
    byEntity[entity] = (byEntity[entity] ?? 0) + 1;
    const check = await checkRecordChain(db, entity, entityId);
    if (!check.isIntact)
      breaks.push({
        kind: 'chain',
        entity,
        entityId,
        atVersion: check.brokenAtVersion,
        detail: check.detail,
      });
  }
  return { records: records.length, byEntity, breaks };
}
