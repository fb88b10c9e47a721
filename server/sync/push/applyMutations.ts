import type { PushRequest, StoredResult } from '../../../shared/sync/protocol';
import { problem } from '../../../shared/sync/problem';
import { isTransientDbError } from '../../db/isTransientDbError';
import type { Logger } from '../../log/logger';
import type { MutationContext } from '../mutation/MutationContext';
import { MutationRejected } from '../mutation/MutationRejected';
import { CarefulModeRequired } from '../store/CarefulModeRequired';
import { processMutation } from './processMutation';

type Envelope = PushRequest['mutations'][number];

/** A mutation's outcome before the push has its commit sequence (added to accepted ones at the end). */
export type Outcome = Omit<StoredResult, 'commitSeq'>;

/** Consecutive mutations sharing a txId: they apply all together or not at all. */
function groupByTx(mutations: readonly Envelope[]): Envelope[][] {
  const groups: Envelope[][] = [];
  for (const m of mutations) {
    const txId = typeof m.txId === 'string' ? m.txId : null;
    const last = groups.at(-1);
    if (last && txId !== null && last[0]!.txId === txId) last.push(m);
    else groups.push([m]);
  }
  return groups;
}

/** The push's in-memory state (records, touched list), to undo together with a savepoint. */
function mark(ctx: MutationContext) {
  return { store: ctx.store.mark(), changes: ctx.changes.mark() };
}

function rollbackTo(ctx: MutationContext, m: ReturnType<typeof mark>): void {
  ctx.store.rollbackTo(m.store);
  ctx.changes.rollbackTo(m.changes);
}

const rejected = (raw: Envelope, code: string, path?: string): Outcome => ({
  mutationId: raw.mutationId,
  clientSeq: raw.clientSeq,
  status: 'rejected',
  rejection: problem(code, path),
});

/**
 * Fast mode: nothing reaches the database before the push's final flush, so a refusal is undone in
 * memory alone — no savepoint. MutationRejected is thrown before a mutation writes anything to the
 * database (handlers check first, and in fast mode every write is in memory). Anything unexpected may
 * have left the database transaction unusable: the push is run again in careful mode, which confines a
 * defect to its mutation.
 */
async function runOneFast(ctx: MutationContext, raw: Envelope): Promise<Outcome> {
  const before = mark(ctx);
  try {
    const effect = await processMutation(ctx, raw);
    return { mutationId: raw.mutationId, clientSeq: raw.clientSeq, ...effect };
  } catch (error) {
    if (error instanceof CarefulModeRequired || isTransientDbError(error)) throw error;
    if (!(error instanceof MutationRejected)) throw new CarefulModeRequired('a mutation failed unexpectedly');
    rollbackTo(ctx, before);
    return rejected(raw, error.code, error.path);
  }
}

/**
 * Careful mode: the mutation runs under its own savepoint and its writes are flushed inside it, so a
 * refusal or a defect (a constraint, a bug) undoes only its partial writes, in the database and in memory.
 */
async function runOneCareful(ctx: MutationContext, raw: Envelope, logger: Logger): Promise<Outcome> {
  const before = mark(ctx);
  await ctx.tx.query('SAVEPOINT fw_mutation');
  try {
    const effect = await processMutation(ctx, raw);
    await ctx.store.flush(ctx.commitSeq);
    await ctx.tx.query('RELEASE SAVEPOINT fw_mutation');
    return { mutationId: raw.mutationId, clientSeq: raw.clientSeq, ...effect };
  } catch (error) {
    await ctx.tx.query('ROLLBACK TO SAVEPOINT fw_mutation');
    await ctx.tx.query('RELEASE SAVEPOINT fw_mutation');
    rollbackTo(ctx, before);
    if (error instanceof MutationRejected) return rejected(raw, error.code, error.path);
    // Worth retrying: abort the whole batch (HTTP 503), nothing of it is committed.
    if (isTransientDbError(error)) throw error;
    // A defect must not block the device's queue forever: keep the payload, report, go on.
    logger.error({ mutationId: raw.mutationId, err: error }, 'push.mutationFailed');
    return rejected(raw, 'mutation.serverError');
  }
}

async function runGroup(ctx: MutationContext, group: Envelope[], logger: Logger): Promise<Outcome[]> {
  const isFast = ctx.store.isFast;
  const runOne = (raw: Envelope) => (isFast ? runOneFast(ctx, raw) : runOneCareful(ctx, raw, logger));
  if (group.length === 1) return [await runOne(group[0]!)];
  const before = mark(ctx);
  if (!isFast) await ctx.tx.query('SAVEPOINT fw_group');
  const results: Outcome[] = [];
  for (const raw of group) results.push(await runOne(raw));
  if (results.every((r) => r.status !== 'rejected')) {
    if (!isFast) await ctx.tx.query('RELEASE SAVEPOINT fw_group');
    return results;
  }
  if (!isFast) {
    await ctx.tx.query('ROLLBACK TO SAVEPOINT fw_group');
    await ctx.tx.query('RELEASE SAVEPOINT fw_group');
  }
  rollbackTo(ctx, before);
  return results.map((r) =>
    r.status === 'rejected'
      ? r
      : {
          mutationId: r.mutationId,
          clientSeq: r.clientSeq,
          status: 'rejected',
          rejection: problem('tx.aborted'),
        },
  );
}

/**
 * Applies a push's new mutations in device order, txId groups all or nothing, and returns each outcome.
 * In fast mode the writes are still in `ctx.store`, to be flushed under the commit sequence.
 */
export async function applyMutations(
  ctx: MutationContext,
  mutations: readonly Envelope[],
  logger: Logger,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const group of groupByTx(mutations)) outcomes.push(...(await runGroup(ctx, group, logger)));
  return outcomes;
}
