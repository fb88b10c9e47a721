import { CASE_HISTORY_FORMAT, type CaseHistoryExport } from '../../shared/history/caseHistoryExport';
import type { AuthContext } from '../auth/authenticate';
import type { SqlExecutor } from '../db/Sql';
import { verifyVersionChain } from '../sync/chain/verifyVersionChain';
import { readHistories } from './readHistories';

/**
 * The full history of a case and every record inside it, each record's chain re-checked. Run it in one
 * read-only transaction: histories and verifications then describe the same snapshot of the database.
 */
export async function exportCaseHistory(
  tx: SqlExecutor,
  caller: AuthContext,
  target: { caseId: string; caseNumber: string },
  exportedAt: string,
): Promise<CaseHistoryExport> {
  const histories = await readHistories(tx, { caseId: target.caseId });
  const records: CaseHistoryExport['records'] = [];
  for (const history of histories) {
    records.push({
      ...history,
      verification: await verifyVersionChain(tx, history.entity, history.entityId),
    });
  }
  return {
    format: CASE_HISTORY_FORMAT,
    caseId: target.caseId,
    caseNumber: target.caseNumber,
    exportedAt,
    exportedBy: { userId: caller.user.id, name: caller.user.name },
    isIntact: records.every((r) => r.verification.isIntact),
    records,
  };
}
