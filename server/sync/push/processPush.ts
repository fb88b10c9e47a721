import type { MutationResult, PushRequest, PushResponse, StoredResult } from '../../../shared/sync/protocol';
import { isStorableValue } from '../../../shared/sync/storableText';
import type { AuthContext } from '../../auth/authenticate';
import type { Sql } from '../../db/Sql';
import { isTransientDbError } from '../../db/isTransientDbError';
import { Forbidden } from '../../errors/Forbidden';
import { InvalidInput } from '../../errors/InvalidInput';
import type { Logger } from '../../log/logger';
import type { MutationContext } from '../mutation/MutationContext';
import { CarefulModeRequired } from '../store/CarefulModeRequired';
import { ChangeCollector } from '../store/ChangeCollector';
import { nextCommitSeq } from '../store/nextCommitSeq';
import { PENDING_COMMIT_SEQ } from '../store/pendingCommitSeq';
import { PushStore } from '../store/PushStore';
import { runWriteParts, unnestSource, type WritePart } from '../store/WritePart';
import { applyMutations } from './applyMutations';

type Envelope = PushRequest['mutations'][number];

const LOG_COLUMNS = [
  ['client_seq', 'bigint'],
  ['mutation_id', 'text'],
  ['status', 'text'],
  ['outcome', 'text'],
  ['payload', 'text'],
] as const;

/**
 * The mutation_log rows of the processed mutations (raw payload text and stored outcome), and the device's
 * advanced sequence: parts of the push's final statement.
 */
function logParts(
  rows: readonly { raw: Envelope; result: StoredResult }[],
  ctx: { deviceId: string; userId: string; commitSeq: number; serverTime: string; newLast: number },
): WritePart[] {
  return [
    {
      sql: (first) =>
        `INSERT INTO mutation_log (device_id, client_seq, mutation_id, user_id, commit_seq, status, outcome, payload,
           received_at)
         SELECT $${first}, client_seq, mutation_id, $${first + 1}, $${first + 2}::bigint, status, outcome::jsonb,
           payload, $${first + 3}::timestamptz
         FROM ${unnestSource(first + 4, LOG_COLUMNS)}`,
      params: [
        ctx.deviceId,
        ctx.userId,
        ctx.commitSeq,
        ctx.serverTime,
        rows.map((r) => r.raw.clientSeq),
        rows.map((r) => r.raw.mutationId),
        rows.map((r) => r.result.status),
        rows.map((r) => JSON.stringify(r.result)),
        rows.map((r) => JSON.stringify(r.raw)),
      ],
    },
    {
      sql: (first) =>
        `UPDATE device SET last_processed_client_seq = $${first + 1}, last_seen_at = $${first + 2}::timestamptz
         WHERE id = $${first}`,
      params: [ctx.deviceId, ctx.newLast, ctx.serverTime],
    },
  ];
}

/**
 * One attempt at a push, in one transaction. Locks are taken in one order by every push — the device row,
 * then the records the mutations name (sorted), then the sync_counter row — so pushes never deadlock on
 * one another.
 *
 * Fast mode (the usual one) applies every mutation in memory first and takes the commit sequence only at
 * the end, just before writing, so the counter's row lock — which serialises every writer until COMMIT —
 * is held for a few multi-row statements instead of the whole push. Commit order still equals sequence
 * order (see nextCommitSeq). Careful mode takes the sequence first and writes each mutation under its own
 * savepoint; processPush falls back to it when fast mode cannot decide alone (CarefulModeRequired).
 */
async function attemptPush(
  sql: Sql,
  auth: AuthContext,
  request: PushRequest,
  serverTime: string,
  logger: Logger,
  isFast: boolean,
): Promise<PushResponse> {
  return sql.transaction(async (tx) => {
    // Locks the device row: two pushes from one device (a retry racing the original) run one after another,
    // and the second sees the first's sequence numbers as duplicates. The EXISTS tells whether this device
    // has open conflicts that its new mutations may supersede (most devices have none).
    const devices = await tx.query<{
      user_id: string;
      last_processed_client_seq: number;
      has_open_conflicts: boolean;
    }>(
      `SELECT user_id, last_processed_client_seq,
         EXISTS (SELECT 1 FROM field_conflict WHERE mine_device_id = $1 AND status = 'open') AS has_open_conflicts
       FROM device WHERE id = $1 FOR UPDATE`,
      [request.deviceId],
    );
    if (devices[0]?.user_id !== auth.user.id) throw new Forbidden('device.notYours');
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

    const store = new PushStore(tx, {
      deviceId: request.deviceId,
      isFast,
      hasOwnOpenConflicts: devices[0].has_open_conflicts,
    });
    // Only mutations whose text PostgreSQL can store name records to lock: the others are rejected by
    // processMutation (`mutation.invalidText`) before any SQL, and must not reach this query either.
    await store.prelock(fresh.filter(isStorableValue));
    const careful = isFast ? null : await nextCommitSeq(tx);
    if (careful !== null) store.assignCommitSeq(careful);
    const ctx: MutationContext = {
      tx,
      user: auth.user,
      deviceId: request.deviceId,
      commitSeq: careful ?? PENDING_COMMIT_SEQ,
      serverTime,
      changes: new ChangeCollector(),
      store,
    };
    const outcomes = await applyMutations(ctx, fresh, logger);
    // From here to COMMIT every other writer waits for this push: in fast mode that is one statement.
    const commitSeq = careful ?? (await nextCommitSeq(tx));
    const logged = fresh.map((raw, i) => {
      const outcome = outcomes[i]!;
      const result: StoredResult = outcome.status === 'rejected' ? outcome : { ...outcome, commitSeq };
      return { raw, result };
    });
    const newLast = fresh.at(-1)!.clientSeq;
    const parts = [
      ...(careful === null ? store.flushParts(commitSeq) : []),
      ...logParts(logged, {
        deviceId: request.deviceId,
        userId: auth.user.id,
        commitSeq,
        serverTime,
        newLast,
      }),
      ...ctx.changes.parts(commitSeq),
    ];
    try {
      await runWriteParts(tx, parts);
    } catch (error) {
      // A constraint the batch write broke: careful mode writes each mutation alone and pins it on one.
      if (careful === null && !isTransientDbError(error))
        throw new CarefulModeRequired('the batch write failed');
      throw error;
    }
    results.push(...logged.map((l) => l.result));
    return { lastProcessedClientSeq: newLast, results };
  });
}

/**
 * Processes one push in one transaction (sync-protocol.md): duplicates answered with their stored outcome,
 * a gap reported (and processing stopped there), new mutations applied in device order under one commit
 * sequence, each outcome stored in mutation_log with its raw payload, the device's sequence advanced.
 * Runs in fast mode, and again in careful mode (from scratch, same outcomes) when fast mode asks for it.
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
    if (m.clientSeq !== first + i) throw new InvalidInput('batch.notContiguous', `mutations.${i}.clientSeq`);
  });
  try {
    return await attemptPush(sql, auth, request, serverTime, logger, true);
  } catch (error) {
    if (!(error instanceof CarefulModeRequired)) throw error;
    logger.debug({ deviceId: request.deviceId, reason: error.reason }, 'push.carefulMode');
    return attemptPush(sql, auth, request, serverTime, logger, false);
  }
}
