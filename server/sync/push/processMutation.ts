import { canonicalJson } from '../../../shared/sync/canonicalJson';
import { mutationSchema } from '../../../shared/sync/mutation';
import type { Mutation } from '../../../shared/sync/mutation';
import { isStorableValue } from '../../../shared/sync/storableText';
import { unreachable } from '../../../shared/util/assert';
import { sha256 } from '../../util/sha256';
import { applyCaseCreate } from '../case/applyCaseCreate';
import { applyCaseDelete, applyCaseRestore } from '../case/applyCaseDelete';
import { applyCasePatch } from '../case/applyCasePatch';
import { applyChildCreate } from '../child/applyChildCreate';
import { applyChildPatch } from '../child/applyChildPatch';
import { isChildEntity } from '../child/childPolicies';
import type { MutationContext, MutationEffect } from '../mutation/MutationContext';
import { MutationRejected } from '../mutation/MutationRejected';
import { issuePath } from '../mutation/rejectionFor';
import type { ChildEntity } from '../store/ChildState';

/** `payloadSha256` as the device computes it: SHA-256 of the canonical JSON of the mutation without it. */
function checksumOf(raw: Record<string, unknown>): string {
  const { payloadSha256: _ignored, ...rest } = raw;
  return sha256.hex(canonicalJson(rest));
}

/** Records inside a case are created and patched; they are never deleted (evidence stays, amended). */
function processChildMutation(
  ctx: MutationContext,
  entity: ChildEntity,
  m: Mutation,
): Promise<MutationEffect> {
  switch (m.op) {
    case 'create':
      return applyChildCreate(ctx, entity, m);
    case 'patch':
      return applyChildPatch(ctx, entity, m, false);
    case 'resolveConflict':
      return applyChildPatch(ctx, entity, m, true);
    case 'delete':
    case 'restore':
    case 'intent':
      throw new MutationRejected('mutation.unsupportedOp', 'op');
    default:
      return unreachable(m.op);
  }
}

/**
 * Validates and authorises one received mutation, then applies it. Throws MutationRejected for anything
 * the server refuses for good; the caller records that as `rejected` and goes on with the next one.
 */
export async function processMutation(
  ctx: MutationContext,
  raw: Record<string, unknown>,
): Promise<MutationEffect> {
  if (!isStorableValue(raw)) throw new MutationRejected('mutation.invalidText');
  const parsed = mutationSchema.safeParse(raw);
  if (!parsed.success) throw new MutationRejected('mutation.invalid', issuePath(parsed.error.issues[0]!));
  const m = parsed.data;
  if (m.deviceId !== ctx.deviceId) throw new MutationRejected('mutation.deviceMismatch', 'deviceId');
  // Another officer's outbox is never applied under the wrong name: the author must be the signed-in user.
  if (m.authorUserId !== ctx.user.id) throw new MutationRejected('mutation.authorMismatch', 'authorUserId');
  if (m.payloadSha256 !== undefined && checksumOf(raw) !== m.payloadSha256) {
    throw new MutationRejected('mutation.checksum', 'payloadSha256');
  }
  // A resolution is an audited decision on a legal record: whoever decides says why.
  if (m.op === 'resolveConflict' && (m.reason ?? '').trim() === '') {
    throw new MutationRejected('conflict.reasonRequired', 'reason');
  }
  if (isChildEntity(m.entity)) return processChildMutation(ctx, m.entity, m);
  // A case is its own case; the records inside it name the case they belong to (access is checked on it).
  if (m.caseId !== m.entityId) throw new MutationRejected('mutation.caseMismatch', 'caseId');
  switch (m.op) {
    case 'create':
      return applyCaseCreate(ctx, m);
    case 'patch':
      return applyCasePatch(ctx, m, false);
    case 'resolveConflict':
      return applyCasePatch(ctx, m, true);
    case 'delete':
      return applyCaseDelete(ctx, m);
    case 'restore':
      return applyCaseRestore(ctx, m);
    case 'intent':
      throw new MutationRejected('mutation.unsupportedOp', 'op');
    default:
      return unreachable(m.op);
  }
}
