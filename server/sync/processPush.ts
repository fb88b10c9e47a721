import type { MutationResult, PushRequest, PushResponse, StoredResult } from '../../shared/sync/protocol';
import { problem } from '../../shared/sync/problem';
import { HttpError } from '../app/HttpError';
import type { AuthContext } from '../auth/authenticate';
import type { SqlExecutor, Sql } from '../db/Sql';
import { isTransientDbError } from '../db/isTransientDbError';
import type { Logger } from '../log/logger';
import { ChangeCollector } from './ChangeCollector';
import type { MutationContext } from './MutationContext';
import { MutationRejected } from './MutationRejected';
import { nextCommitSeq } from './nextCommitSeq';
import { processMutation } from './processMutation';

type Envelope = PushRequest['mutations'][number];

/** Consecutive mutations sharing a txId: they apply all together or not at all. */
function groupByTx(mutations: Envelope[]): Envelope[][] {
  const groups: Envelope[][] = [];
  for (const m of mutations) {
    const txId = typeof m.txId === 'string' ? m.txId : null;
    const last = groups.at(-1);
    if (last && txId !== null && last[0]!.txId === txId) last.push(m);
    else groups.push([m]);
  }
  return groups;
}

/** Runs one mutation under its own savepoint: a refusal or a defect undoes only its partial writes. */
async function runOne(ctx: MutationContext, raw: Envelope, logger: Logger): Promise<StoredResult> {
  const base = { mutationId: raw.mutationId, clientSeq: raw.clientSeq };
  await ctx.tx.query('SAVEPOINT fw_mutation');
  try {
    const effect = await processMutation(ctx, raw);
    await ctx.tx.query('RELEASE SAVEPOINT fw_mutation');
    return { ...base, ...effect, commitSeq: ctx.commitSeq };
  } catch (error) {
    await ctx.tx.query('ROLLBACK TO SAVEPOINT fw_mutation');
    await ctx.tx.query('RELEASE SAVEPOINT fw_mutation');
    if (error instanceof MutationRejected)
      return { ...base, status: 'rejected', rejection: problem(error.code, error.path) };
    // Worth retrying: abort the whole batch (HTTP 503), nothing of it is committed.
    if (isTransientDbError(error)) throw error;
    // A defect must not block the device's queue forever: keep the payload, report, go on.
    logger.error('push.mutationFailed', {
      mutationId: raw.mutationId,
      message: (error as Error).message,
      stack: (error as Error).stack,
    });
    return { ...base, status: 'rejected', rejection: problem('mutation.serverError') };
  }
}

async function runGroup(ctx: MutationContext, group: Envelope[], logger: Logger): Promise<StoredResult[]> {
  if (group.length === 1) return [await runOne(ctx, group[0]!, logger)];
  await ctx.tx.query('SAVEPOINT fw_group');
  const snapshot = ctx.changes.snapshot();
  const results: StoredResult[] = [];
  for (const raw of group) results.push(await runOne(ctx, raw, logger));
  if (results.every((r) => r.status !== 'rejected')) {
    await ctx.tx.query('RELEASE SAVEPOINT fw_group');
    return results;
  }
  await ctx.tx.query('ROLLBACK TO SAVEPOINT fw_group');
  await ctx.tx.query('RELEASE SAVEPOINT fw_group');
  ctx.changes.restore(snapshot);
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

async function appendMutationLog(
  tx: SqlExecutor,
  rows: { raw: Envelope; result: StoredResult }[],
  ctx: { deviceId: string; userId: string; commitSeq: number; serverTime: string },
): Promise<void> {
  for (let start = 0; start < rows.length; start += 200) {
    const params: unknown[] = [];
    const values = rows.slice(start, start + 200).map(({ raw, result }) => {
      params.push(
        ctx.deviceId,
        raw.clientSeq,
        raw.mutationId,
        ctx.userId,
        ctx.commitSeq,
        result.status,
        JSON.stringify(result),
        JSON.stringify(raw),
        ctx.serverTime,
      );
      const n = params.length - 9;
      return `($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}, $${n + 7}::jsonb, $${n + 8}, $${n + 9}::timestamptz)`;
    });
    await tx.query(
      `INSERT INTO mutation_log (device_id, client_seq, mutation_id, user_id, commit_seq, status, outcome, payload, received_at)
       VALUES ${values.join(', ')}`,
      params,
    );
  }
}

/**
 * Processes one push in one transaction (sync-protocol.md): duplicates answered with their stored outcome,
 * a gap reported (and processing stopped there), new mutations applied in device order under one commit
 * sequence, each outcome stored in mutation_log with its raw payload, the device's sequence advanced.
 */
export async function processPush(
  sql: Sql,
  auth: AuthContext,
  request: PushRequest,
  serverTime: string,
  logger: Logger,
): Promise<PushResponse> {
  const first = request.mutations[0]!.clientSeq;
  request.mutations.forEach((m, i) => {
    if (m.clientSeq !== first + i)
      throw new HttpError(400, 'batch.notContiguous', { path: `mutations.${i}.clientSeq` });
  });
  return sql.transaction(async (tx) => {
    // Locks the device row: two pushes from one device (a retry racing the original) run one after another,
    // and the second sees the first's sequence numbers as duplicates.
    const devices = await tx.query<{ user_id: string; last_processed_client_seq: number }>(
      'SELECT user_id, last_processed_client_seq FROM device WHERE id = $1 FOR UPDATE',
      [request.deviceId],
    );
    if (devices[0]?.user_id !== auth.user.id) throw new HttpError(403, 'device.notYours');
    const last = devices[0].last_processed_client_seq;
    const duplicates = request.mutations.filter((m) => m.clientSeq <= last);
    const fresh = request.mutations.filter((m) => m.clientSeq > last);
    const results: MutationResult[] = [];

    if (duplicates.length > 0) {
      const stored = await tx.query<{ client_seq: number; mutation_id: string; outcome: StoredResult }>(
        'SELECT client_seq, mutation_id, outcome FROM mutation_log WHERE device_id = $1 AND client_seq >= $2 AND client_seq <= $3',
        [request.deviceId, duplicates[0]!.clientSeq, duplicates.at(-1)!.clientSeq],
      );
      const bySeq = new Map(stored.map((s) => [s.client_seq, s]));
      for (const m of duplicates) {
        const s = bySeq.get(m.clientSeq);
        results.push({
          mutationId: m.mutationId,
          clientSeq: m.clientSeq,
          status: 'duplicate',
          original: s ? s.outcome : null,
          isMismatch: s !== undefined && s.mutation_id !== m.mutationId,
        });
      }
    }
    if (fresh.length === 0) return { lastProcessedClientSeq: last, results };
    if (fresh[0]!.clientSeq > last + 1) {
      return {
        lastProcessedClientSeq: last,
        results,
        gap: { expectedClientSeq: last + 1, receivedClientSeq: fresh[0]!.clientSeq },
      };
    }

    const commitSeq = await nextCommitSeq(tx);
    const ctx: MutationContext = {
      tx,
      user: auth.user,
      deviceId: request.deviceId,
      commitSeq,
      serverTime,
      changes: new ChangeCollector(),
    };
    const logged: { raw: Envelope; result: StoredResult }[] = [];
    for (const group of groupByTx(fresh)) {
      const groupResults = await runGroup(ctx, group, logger);
      group.forEach((raw, i) => logged.push({ raw, result: groupResults[i]! }));
    }
    await appendMutationLog(tx, logged, {
      deviceId: request.deviceId,
      userId: auth.user.id,
      commitSeq,
      serverTime,
    });
    await ctx.changes.write(tx, commitSeq);
    const newLast = fresh.at(-1)!.clientSeq;
    await tx.query(
      'UPDATE device SET last_processed_client_seq = $2, last_seen_at = $3::timestamptz WHERE id = $1',
      [request.deviceId, newLast, serverTime],
    );
    results.push(...logged.map((l) => l.result));
    return { lastProcessedClientSeq: newLast, results };
  });
}
