import { caseSchema } from '../../shared/domain/case';
import type { Case } from '../../shared/domain/case';
import type { Json } from '../../shared/sync/mutation';
import type { Sql } from '../db/Sql';
import { CASE_FIELDS } from '../sync/case/casePolicy';
import type { VersionAuthor } from '../sync/chain/VersionContent';
import { stampFields } from '../sync/mutation/MutationStamp';
import { ChangeCollector } from '../sync/store/ChangeCollector';
import { nextCommitSeq } from '../sync/store/nextCommitSeq';
import { RecordVersions } from '../sync/store/RecordVersions';
import { teamExists } from '../sync/store/teamExists';
import { runWriteParts } from '../sync/store/WritePart';
import type { AdminCode } from './adminMessages';

/** What an administrative case write did: created ids, and cases left alone with the reason. */
export type AdminCaseWriteResult = { created: string[]; skipped: { caseNumber: string; code: AdminCode }[] };

/** Cases per commit: keeps each pull page of a large import bounded (a page never splits a commit). */
export const ADMIN_CASES_PER_COMMIT = 200;

/** An administrative version has no device, user or mutation behind it: the court's case system made it. */
const ADMIN_WRITER = { deviceId: null, userId: null, mutationId: null };

/**
 * Writes cases from the court's case system (import, demo) as administrative versions: full history row,
 * change_log entry, one commit per chunk, through the same writer of versions as a push (RecordVersions:
 * the chunk's versions and rows in a few multi-row statements). A case whose id or case number already
 * exists — in the database or earlier in the same chunk — is skipped, so running the same import twice
 * creates nothing new.
 */
export async function writeAdminCases(
  sql: Sql,
  cases: readonly Case[],
  serverTime: string,
): Promise<AdminCaseWriteResult> {
  const result: AdminCaseWriteResult = { created: [], skipped: [] };
  const author: VersionAuthor = {
    origin: 'admin',
    mutationId: null,
    authorUserId: null,
    deviceId: null,
    deviceTime: null,
    serverTime,
  };
  for (let start = 0; start < cases.length; start += ADMIN_CASES_PER_COMMIT) {
    const chunk = cases.slice(start, start + ADMIN_CASES_PER_COMMIT).map((c) => caseSchema.parse(c));
    await sql.transaction(async (tx) => {
      const commitSeq = await nextCommitSeq(tx);
      const stamp = { commitSeq, author, writer: ADMIN_WRITER };
      const versions = new RecordVersions();
      const changes = new ChangeCollector();
      const ids = new Set<string>();
      const caseNumbers = new Set<string>();
      const created: string[] = [];
      const skipped: AdminCaseWriteResult['skipped'] = [];
      for (const c of chunk) {
        const taken =
          ids.has(c.id) ||
          caseNumbers.has(c.caseNumber) ||
          (
            await tx.query('SELECT 1 FROM case_record WHERE id = $1 OR case_number = $2', [
              c.id,
              c.caseNumber,
            ])
          ).length > 0;
        if (taken) {
          skipped.push({ caseNumber: c.caseNumber, code: 'import.exists' });
          continue;
        }
        if (!(await teamExists(tx, c.teamId))) {
          skipped.push({ caseNumber: c.caseNumber, code: 'import.teamUnknown' });
          continue;
        }
        const data = c as unknown as Record<string, Json>;
        const fields = stampFields(null, CASE_FIELDS, stamp);
        const noDeletion = { deletedAt: null, deletedReason: null, deletedSeq: null, deletedBy: null };
        versions.writeCase(null, { id: c.id, data, ...fields, ...noDeletion }, CASE_FIELDS, stamp);
        changes.touch('case', c.id, c.id, null, c.teamId);
        ids.add(c.id);
        caseNumbers.add(c.caseNumber);
        created.push(c.id);
      }
      await runWriteParts(tx, [...versions.flushParts(commitSeq).parts, ...changes.parts(commitSeq)]);
      result.created.push(...created);
      result.skipped.push(...skipped);
    });
  }
  return result;
}
