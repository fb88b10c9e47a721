import { caseSchema } from '../../../shared/domain/case';
import { jsonEquals } from '../../../shared/sync/canonicalJson';
import type { Json, Mutation } from '../../../shared/sync/mutation';
import { CASE_FIELDS, isCaseField, issueCode, issuePath } from '../casePolicy';
import { teamExists } from '../caseStore';
import type { MutationContext, MutationEffect } from '../MutationContext';
import { MutationRejected } from '../MutationRejected';

/**
 * Creates a case from the `to` values of its changes. Cases come from the court's case system, so only
 * administrators create them; a repeated identical create converges instead of failing.
 */
export async function applyCaseCreate(ctx: MutationContext, m: Mutation): Promise<MutationEffect> {
  if (ctx.user.role !== 'admin') throw new MutationRejected('case.createForbidden');
  const raw: Record<string, Json> = {};
  for (const [field, change] of Object.entries(m.changes)) {
    if (!isCaseField(field)) throw new MutationRejected('field.unknown', field);
    raw[field] = change.to;
  }
  if (raw.id !== m.entityId) throw new MutationRejected('mutation.caseMismatch', 'id');
  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new MutationRejected(issueCode(issue), issuePath(undefined, issue));
  }
  const data = parsed.data as unknown as Record<string, Json>;
  const existing = await ctx.store.lockCase(m.entityId);
  if (existing) {
    if (jsonEquals(existing.data, data)) {
      return { status: 'applied', fields: { applied: [], converged: [...CASE_FIELDS], conflicted: [] } };
    }
    throw new MutationRejected('record.exists');
  }
  if (!(await teamExists(ctx.tx, parsed.data.teamId)))
    throw new MutationRejected('case.teamUnknown', 'teamId');
  if (await ctx.store.isCaseNumberTaken(parsed.data.caseNumber, m.entityId))
    throw new MutationRejected('case.numberTaken', 'caseNumber');
  const writer = { deviceId: ctx.deviceId, userId: ctx.user.id, mutationId: m.mutationId };
  ctx.store.writeCase({
    previous: null,
    id: m.entityId,
    data,
    fieldSeq: Object.fromEntries(CASE_FIELDS.map((f) => [f, ctx.commitSeq])),
    fieldWriter: Object.fromEntries(CASE_FIELDS.map((f) => [f, writer])),
    changedFields: [...CASE_FIELDS],
    deletedAt: null,
    deletedReason: null,
    deletedSeq: null,
    deletedBy: null,
    commitSeq: ctx.commitSeq,
    author: {
      origin: 'device',
      mutationId: m.mutationId,
      authorUserId: ctx.user.id,
      deviceId: ctx.deviceId,
      deviceTime: m.deviceTime,
      serverTime: ctx.serverTime,
    },
  });
  ctx.changes.touch('case', m.entityId, m.entityId, null, parsed.data.teamId);
  return { status: 'applied', fields: { applied: [...CASE_FIELDS], converged: [], conflicted: [] } };
}
