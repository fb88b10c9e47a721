import { mutationSchema, type Mutation } from '../../../shared/sync/mutation';
import type { FieldWritDb } from '../db';
import { isQuotaError, StorageFullError } from '../errors';
import { newId } from '../newId';
import type { MutationContext } from './MutationContext';
import type { PendingChange } from './PendingChange';
import { emitMutationsCommitted } from './committedMutations';
import { appClock } from '../../../shared/time/appClock';
import { mergeFieldChanges } from './mergeFieldChanges';
import { squashTarget } from './squashTarget';

/** Each device id has its own strictly increasing sequence. */
export function nextSeqKey(deviceId: string): string {
  return `nextClientSeq:${deviceId}`;
}

/**
 * The one write path for synced data (Actual's `mutator`). In ONE read-write transaction `work` writes the
 * local rows and returns what it changed; each change becomes an outbox mutation with the next clientSeq.
 * Either the rows and their outbox entries all commit, or none do. Nothing inside may await network or
 * timers: IndexedDB would commit the transaction early.
 *
 * A single patch of the record the newest unsent entry also patches is folded into that entry
 * (`squashTarget` says when), so typing into a field leaves one mutation, not one per autosave. Listeners
 * of committed mutations (the desktop journal) then receive the entry again under its clientSeq with a new
 * mutationId: the latest one for a clientSeq is the one that counts.
 */
export async function mutate<T>(
  db: FieldWritDb,
  ctx: MutationContext,
  work: () => Promise<{ result: T; changes: PendingChange[] }>,
): Promise<{ result: T; mutations: Mutation[] }> {
  let out: { result: T; mutations: Mutation[] };
  try {
    out = await db.transaction('rw', db.tables, async () => {
      const { result, changes } = await work();
      if (changes.length === 0) return { result, mutations: [] };
      const seqRow = await db.meta.get(nextSeqKey(ctx.deviceId));
      let nextSeq = typeof seqRow?.value === 'number' ? seqRow.value : 1;
      const txId = newId();
      const deviceTime = appClock.date().toISOString();
      const stamp = (c: PendingChange, clientSeq: number): Mutation =>
        mutationSchema.parse({
          mutationId: newId(),
          clientSeq,
          txId,
          deviceId: ctx.deviceId,
          authorUserId: ctx.userId,
          deviceTime,
          ...c,
        });
      // An autosave typed into the same record as the previous, unsent one: one entry instead of two. It
      // keeps its clientSeq (no gap) and gets a new mutationId (new content, never seen by the server).
      const target = changes.length === 1 ? await squashTarget(db, ctx, nextSeq, changes[0]!) : null;
      if (target) {
        const c = changes[0]!;
        const squashed = stamp(
          { ...c, changes: mergeFieldChanges(target.changes, c.changes) },
          target.clientSeq,
        );
        await db.outbox.put({ ...squashed, state: 'pending' });
        return { result, mutations: [squashed] };
      }
      const mutations = changes.map((c) => stamp(c, nextSeq++));
      await db.outbox.bulkAdd(mutations.map((m) => ({ ...m, state: 'pending' as const })));
      await db.meta.put({ key: nextSeqKey(ctx.deviceId), value: nextSeq });
      return { result, mutations };
    });
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
  if (out.mutations.length > 0) emitMutationsCommitted(out.mutations);
  return out;
}
