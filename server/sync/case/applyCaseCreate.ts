import { caseSchema } from '../../../shared/domain/case';
import { jsonEquals } from '../../../shared/sync/canonicalJson';
import type { Json, Mutation } from '../../../shared/sync/mutation';
import type { MutationContext, MutationEffect } from '../mutation/MutationContext';
import { MutationRejected } from '../mutation/MutationRejected';
import { stampFields, stampOf } from '../mutation/MutationStamp';
import { outcome } from '../mutation/outcome';
import { recordFromChanges } from '../mutation/recordFromChanges';
import { parseOrReject } from '../mutation/rejectionFor';
import { teamExists } from '../store/teamExists';
import { CASE_FIELDS, isCaseField } from './casePolicy';

/**
 * Creates a case from the `to` values of its changes. Cases come from the court's case system, so only
 * administrators create them; a repeated identical create converges instead of failing.
 */
export async function applyCaseCreate(ctx: MutationContext, m: Mutation): Promise<MutationEffect> {
  if (ctx.user.role !== 'admin') throw new MutationRejected('case.createForbidden');
  const parsed = parseOrReject(caseSchema, recordFromChanges(m, isCaseField));
  const data = parsed as unknown as Record<string, Json>;
  const existing = await ctx.store.lockCase(m.entityId);
  if (existing) {
    if (jsonEquals(existing.data, data)) return outcome({ converged: CASE_FIELDS });
    throw new MutationRejected('record.exists');
  }
  if (!(await teamExists(ctx.tx, parsed.teamId))) throw new MutationRejected('case.teamUnknown', 'teamId');
  if (await ctx.store.isCaseNumberTaken(parsed.caseNumber, m.entityId))
    throw new MutationRejected('case.numberTaken', 'caseNumber');
  const stamp = stampOf(ctx, m);
  const fields = { data, ...stampFields(null, CASE_FIELDS, stamp) };
  const noDeletion = { deletedAt: null, deletedReason: null, deletedSeq: null, deletedBy: null };
  ctx.store.writeCase(null, { id: m.entityId, ...fields, ...noDeletion }, CASE_FIELDS, stamp);
  ctx.changes.touch('case', m.entityId, m.entityId, null, parsed.teamId);
  return outcome({ applied: CASE_FIELDS });
}
