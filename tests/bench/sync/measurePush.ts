import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../../shared/sync/protocol';
import type { Mutation } from '../../../shared/sync/mutation';
import { TestDevice } from '../../integration/server/support/TestDevice';
import { round, summarise } from '../stats';
import type { BenchCourt } from './prepareBenchCourt';
import { overLoopback } from './overLoopback';

/** The app pushes its outbox in batches of this size (PUSH_BATCH in renderer/sync/SyncEngine.ts). */
export const PUSH_BATCH = 100;
/** The app pulls pages of this size (PULL_LIMIT in renderer/sync/SyncEngine.ts). */
export const PULL_LIMIT = 500;

export type PushFigures = {
  mutations: number;
  batches: number;
  /** Applied mutations per second: batches sent one after another, as the app does. */
  mutationsPerSecond: number;
  batchMs: ReturnType<typeof summarise>;
  /** The same batches again: answered `duplicate` from the stored outcomes, nothing applied. */
  duplicateMutationsPerSecond: number;
  /** Baseline: the same request bodies POSTed to the trivial server (JSON parsed, nothing stored). */
  rawEchoMutationsPerSecond: number;
  /** Node-side first pull of the same rows by the pushing device (no IndexedDB), for reference. */
  nodePullRowsPerSecond: number;
};

async function postAll(url: string, bodies: readonly string[]): Promise<number> {
  const t0 = performance.now();
  for (const body of bodies) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await response.arrayBuffer();
  }
  return performance.now() - t0;
}

/**
 * Push benchmark: one officer's device pushes one `notes` patch for each of team A's cases, in the
 * app's batch size, one batch after another (as the sync engine does). Every mutation must be applied.
 */
export async function measurePush(court: BenchCourt, rawSinkUrl: string): Promise<PushFigures> {
  const device = await TestDevice.login(overLoopback(court.url), 'a1');
  // The device learns each case's commitSeq (its baseSeq) from its own first pull.
  const pullStart = performance.now();
  const pages = await device.pullAll(0, PULL_LIMIT);
  const pullMs = performance.now() - pullStart;
  const baseSeq = new Map<string, number>();
  for (const page of pages) for (const change of page.changes) baseSeq.set(change.entityId, change.commitSeq);

  const mutations: Mutation[] = [...baseSeq].map(([id, seq], i) =>
    device.patch(id, { notes: ['', `第${i + 1}次走访：被执行人仍未履行`] }, seq),
  );
  const batches: Mutation[][] = [];
  for (let i = 0; i < mutations.length; i += PUSH_BATCH) batches.push(mutations.slice(i, i + PUSH_BATCH));

  const batchMs: number[] = [];
  const t0 = performance.now();
  for (const batch of batches) {
    const b0 = performance.now();
    const answer = await device.push(batch);
    batchMs.push(performance.now() - b0);
    const notApplied = answer.body.results?.filter((r) => r.status !== 'applied') ?? [];
    if (answer.status !== 200 || notApplied.length > 0)
      throw new Error(`push failed: ${answer.status} ${JSON.stringify(notApplied[0] ?? answer.body)}`);
  }
  const pushMs = performance.now() - t0;

  const d0 = performance.now();
  for (const batch of batches) {
    const answer = await device.push(batch);
    if (answer.status !== 200 || answer.body.results.some((r) => r.status !== 'duplicate'))
      throw new Error(`re-push not answered as duplicates: ${answer.status}`);
  }
  const duplicateMs = performance.now() - d0;

  const bodies = batches.map((mutations) =>
    JSON.stringify({
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: SCHEMA_VERSION,
      appVersion: '0.1.0',
      deviceId: device.deviceId,
      mutations,
    }),
  );
  const rawMs = await postAll(`${rawSinkUrl}/sync/v1/push`, bodies);

  const perSecond = (ms: number) => round((mutations.length / ms) * 1000);
  return {
    mutations: mutations.length,
    batches: batches.length,
    mutationsPerSecond: perSecond(pushMs),
    batchMs: summarise(batchMs),
    duplicateMutationsPerSecond: perSecond(duplicateMs),
    rawEchoMutationsPerSecond: perSecond(rawMs),
    nodePullRowsPerSecond: round((baseSeq.size / pullMs) * 1000),
  };
}
