import { caseSchema } from '../../shared/domain/case';
import type { Case } from '../../shared/domain/case';
import type { Json } from '../../shared/sync/mutation';
import type { Sql } from '../db/Sql';
import { CASE_FIELDS } from '../sync/casePolicy';
import { ChangeCollector } from '../sync/ChangeCollector';
import { teamExists, writeCaseVersion } from '../sync/caseStore';
import { nextCommitSeq } from '../sync/nextCommitSeq';
import type { AdminCode } from './adminMessages';

/** What an administrative case write did: created ids, and cases left alone with the reason. */
export type AdminCaseWriteResult = { created: string[]; skipped: { caseNumber: string; code: AdminCode }[] };

/** Cases per commit: keeps each pull page of a large import bounded (a page never splits a commit). */
export const ADMIN_CASES_PER_COMMIT = 200;

/**
 * Writes cases from the court's case system (import, demo) as administrative versions: full history row,
 * change_log entry, one commit per chunk. A case whose id or case number already exists is skipped, so
 * running the same import twice creates nothing new.
 */
export async function writeAdminCases(
  sql: Sql,
  cases: readonly Case[],
  serverTime: string,
): Promise<AdminCaseWriteResult> {
  const result: AdminCaseWriteResult = { created: [], skipped: [] };
  for (let start = 0; start < cases.length; start += ADMIN_CASES_PER_COMMIT) {
    const chunk = cases.slice(start, start + ADMIN_CASES_PER_COMMIT).map((c) => caseSchema.parse(c));
    await sql.transaction(async (tx) => {
      const commitSeq = await nextCommitSeq(tx);
      const changes = new ChangeCollector();
      const writer = { deviceId: null, userId: null, mutationId: null };
      const created: string[] = [];
      const skipped: AdminCaseWriteResult['skipped'] = [];
      for (const c of chunk) {
        const taken = await tx.query('SELECT 1 FROM case_record WHERE id = $1 OR case_number = $2', [
          c.id,
          c.caseNumber,
        ]);
        if (taken.length > 0) {
          skipped.push({ caseNumber: c.caseNumber, code: 'import.exists' });
          continue;
        }
        if (!(await teamExists(tx, c.teamId))) {
          skipped.push({ caseNumber: c.caseNumber, code: 'import.teamUnknown' });
          continue;
        }
        await writeCaseVersion(tx, {
          previous: null,
          id: c.id,
          data: c as unknown as Record<string, Json>,
          fieldSeq: Object.fromEntries(CASE_FIELDS.map((f) => [f, commitSeq])),
          fieldWriter: Object.fromEntries(CASE_FIELDS.map((f) => [f, writer])),
          changedFields: [...CASE_FIELDS],
          deletedAt: null,
          deletedReason: null,
          deletedSeq: null,
          deletedBy: null,
          commitSeq,
          author: {
            origin: 'admin',
            mutationId: null,
            authorUserId: null,
            deviceId: null,
            deviceTime: null,
            serverTime,
          },
        });
        changes.touch('case', c.id, c.id, null, c.teamId);
        created.push(c.id);
      }
      await changes.write(tx, commitSeq);
      result.created.push(...created);
      result.skipped.push(...skipped);
    });
  }
  return result;
}
