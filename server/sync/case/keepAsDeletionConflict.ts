import type { Json } from '../../../shared/sync/mutation';
import type { MutationContext, MutationEffect } from '../mutation/MutationContext';
import type { MutationStamp } from '../mutation/MutationStamp';
import { outcome } from '../mutation/outcome';
import type { CaseState } from '../store/CaseState';
import { openConflict } from '../store/conflictStore';
import type { Writer } from '../store/Writer';

/**
 * A deletion and an edit that did not see each other: the case stays as it is, and both sides are kept in
 * one `delete_vs_edit` conflict for a person to decide (resolveDeletionConflict). Nobody's edit disappears
 * behind a deletion they never saw, and no deletion is undone by an edit made without knowing of it.
 */
export async function keepAsDeletionConflict(
  ctx: MutationContext,
  current: CaseState,
  stamp: MutationStamp,
  sides: { mine: Json; theirs: Json; theirsBy: Writer | null; conflicted: string[] },
): Promise<MutationEffect> {
  const conflictId = await openConflict(ctx.store, {
    entity: 'case',
    entityId: current.id,
    caseId: current.id,
    kind: 'delete_vs_edit',
    field: '_deleted',
    base: { deleted: false },
    mine: sides.mine,
    theirs: sides.theirs,
    mineBy: stamp.writer,
    theirsBy: sides.theirsBy,
    openedSeq: ctx.commitSeq,
    openedAt: ctx.serverTime,
  });
  ctx.changes.touch('case', current.id, current.id, current.teamId, current.teamId);
  return outcome({ conflicted: sides.conflicted }, [conflictId]);
}
