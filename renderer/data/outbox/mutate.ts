import { mutationSchema, type Mutation } from '../../../shared/sync/mutation';
import type { FieldWritDb } from '../db';
import { isQuotaError, StorageFullError } from '../errors';
import { newId } from '../newId';
import type { MutationContext } from './MutationContext';
import type { PendingChange } from './PendingChange';
import { emitMutationsCommitted } from './committedMutations';
import { appClock } from '../../../shared/time/appClock';

/** Each device id has its own strictly increasing sequence. */
export function nextSeqKey(deviceId: string): string {
  return `nextClientSeq:${deviceId}`;
}

/**
 * The one write path for synced data (Actual's `mutator`). In ONE read-write transaction `work` writes the
 * local rows and returns what it changed; each change becomes an outbox mutation with the next clientSeq.
 * Either the rows and their outbox entries all commit, or none do. Nothing inside may await network or
 * timers: IndexedDB would commit the transaction early.
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
      const mutations = changes.map((c) =>
        mutationSchema.parse({
          mutationId: newId(),
          clientSeq: nextSeq++,
          txId,
          deviceId: ctx.deviceId,
          authorUserId: ctx.userId,
          deviceTime,
          ...c,
        }),
      );
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
