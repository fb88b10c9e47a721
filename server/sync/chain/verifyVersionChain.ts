import type { ChainCheck } from '../../../shared/history/chainCheck';
import type { SqlExecutor } from '../../db/Sql';
import { checkRecordChain } from './checkRecordChain';

/**
 * One record's history re-checked (checkRecordChain: the hash chain and the chain against the record's
 * current row), in the shape the history routes answer.
 */
export async function verifyVersionChain(
  db: SqlExecutor,
  entity: string,
  entityId: string,
): Promise<ChainCheck> {
  const check = await checkRecordChain(db, entity, entityId);
  return check.isIntact ? check : { isIntact: false, brokenAtVersion: check.brokenAtVersion };
}
