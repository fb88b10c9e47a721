import type { FieldWritDb } from '../db';
import type { OutboxRow } from '../rows';
import type { MutationContext } from './MutationContext';
import type { PendingChange } from './PendingChange';
import { sentThroughKey } from './sentThroughKey';

/**
 * A patch whose fields may be folded together with another's: no reason (a reasoned step stands on its
 * own), no `state` (the review path's step, which the server checks against its own state instead of
 * merging it) and top-level fields only (two paths into one value would depend on their order).
 */
function isPlainPatch(m: Pick<PendingChange, 'op' | 'reason' | 'changes'>): boolean {
  return (
    m.op === 'patch' &&
    m.reason === undefined &&
    !Object.keys(m.changes).some((field) => field === 'state' || field.includes('.'))
  );
}

/**
 * The outbox entry a new single-change write may be folded into ("squashed"), or null. Only the newest
 * entry of this device id qualifies (so nothing of another record's edits is ever reordered), and only
 * when all of these hold:
 * - it is above the device's sent watermark: no push has been handed it, so the server has never seen
 *   its mutationId (a push in flight, or one whose answer was lost, holds only entries at or below it);
 * - it is pending, a plain patch of the same record, by the same author, on the same server version
 *   (`baseSeq`: the server's conflict check reads "unchanged since baseSeq", so edits made on different
 *   versions must stay apart);
 * - it is alone in its txId (a group applies all or nothing; folding an edit into a member would tie the
 *   edit to the others). Members of a group have consecutive seqs, so the entry before it must still be
 *   in the outbox with another txId; if that one is gone (pushed) nothing is folded, which costs at most
 *   one extra mutation per push.
 * Read inside the mutator's transaction, which also holds `meta`: a batch is either read before the
 * squash (and carries the folded entry) or after it (and has moved the watermark past it).
 */
export async function squashTarget(
  db: FieldWritDb,
  ctx: MutationContext,
  nextSeq: number,
  change: PendingChange,
): Promise<OutboxRow | null> {
  if (!isPlainPatch(change)) return null;
  const lastSeq = nextSeq - 1;
  const sent = (await db.meta.get(sentThroughKey(ctx.deviceId)))?.value;
  if (lastSeq < 1 || lastSeq <= (typeof sent === 'number' ? sent : 0)) return null;
  const last = await db.outbox.get([ctx.deviceId, lastSeq]);
  if (
    !last ||
    last.state !== 'pending' ||
    !isPlainPatch(last) ||
    last.payloadSha256 !== undefined ||
    last.authorUserId !== ctx.userId ||
    last.entity !== change.entity ||
    last.entityId !== change.entityId ||
    last.caseId !== change.caseId ||
    last.baseSeq !== change.baseSeq
  )
    return null;
  if (lastSeq > 1) {
    const before = await db.outbox.get([ctx.deviceId, lastSeq - 1]);
    if (!before || before.txId === last.txId) return null;
  }
  return last;
}
