import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../../shared/sync/protocol';
import type { Mutation } from '../../../shared/sync/mutation';
import { TestDevice } from '../../integration/server/support/TestDevice';
import { percentile, round } from '../stats';
import type { BenchCourt, FleetOfficer } from './prepareBenchCourt';
import { inBatches } from './inBatches';
import { overLoopback } from './overLoopback';
import { PULL_LIMIT } from './measurePush';

/** Edits each officer makes between two syncs. */
const EDITS_PER_SYNC = 3;

type OwnCase = { id: string; seq: number; notes: string };
type FleetDevice = {
  officer: FleetOfficer;
  device: TestDevice;
  cursor: number;
  cases: OwnCase[];
  /** The last push's mutations: the baseline sends a body of the same size. */
  lastPush: Mutation[];
};

export type LatencySummary = { n: number; p50: number; p95: number; p99: number; max: number };

export type FleetFigures = {
  devices: number;
  rounds: number;
  /** One device's sync: push of its edits, then pull pages until caught up. */
  syncMs: LatencySummary;
  pushMs: LatencySummary;
  pullMs: LatencySummary;
  /** Syncs that failed (network error, non-200, or an edit not applied). */
  errors: number;
  errorSamples: string[];
  /** Completed syncs per second over the rounds' wall time. */
  syncsPerSecond: number;
  /** Baseline: the same devices, at once, send two requests of the same size to the trivial server. */
  rawTwoRequestMs: LatencySummary;
};

function latency(values: readonly number[]): LatencySummary {
  return {
    n: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
    max: round(Math.max(...values)),
  };
}

async function prepare(court: BenchCourt): Promise<FleetDevice[]> {
  const app = overLoopback(court.url);
  // Sign-ins (Argon2id on the server) and each device's first pull are set-up, not measured.
  return inBatches(court.fleet, 4, async (officer) => {
    const device = await TestDevice.login(app, officer.username);
    const pages = await device.pullAll(0, PULL_LIMIT);
    const seqs = new Map(pages.flatMap((p) => p.changes.map((c) => [c.entityId, c.commitSeq] as const)));
    const ids = court.fleetCaseIds[officer.teamIndex]!.slice(
      officer.indexInTeam * EDITS_PER_SYNC,
      (officer.indexInTeam + 1) * EDITS_PER_SYNC,
    );
    const cases = ids.map((id) => {
      const seq = seqs.get(id);
      if (seq === undefined) throw new Error(`${officer.username} did not receive case ${id}`);
      return { id, seq, notes: '' };
    });
    return { officer, device, cursor: pages.at(-1)!.cursor, cases, lastPush: [] };
  });
}

/** One sync as the app runs it: push the outbox, then pull until `hasMore` is false. */
async function syncOnce(d: FleetDevice, round: number) {
  const t0 = performance.now();
  const edits = d.cases.map((c) => {
    const notes = `第${round + 1}轮：${d.officer.username} 现场核实`;
    return { c, notes, mutation: d.device.patch(c.id, { notes: [c.notes, notes] }, c.seq) };
  });
  d.lastPush = edits.map((e) => e.mutation);
  const push = await d.device.push(d.lastPush);
  const t1 = performance.now();
  if (push.status !== 200) throw new Error(`push ${push.status} ${JSON.stringify(push.body).slice(0, 200)}`);
  for (const [i, result] of push.body.results.entries()) {
    if (result.status !== 'applied') throw new Error(`edit ${result.status}: ${JSON.stringify(result)}`);
    edits[i]!.c.seq = result.commitSeq ?? edits[i]!.c.seq;
    edits[i]!.c.notes = edits[i]!.notes;
  }
  for (;;) {
    const pull = await d.device.pull(d.cursor, PULL_LIMIT);
    if (pull.status !== 200)
      throw new Error(`pull ${pull.status} ${JSON.stringify(pull.body).slice(0, 200)}`);
    d.cursor = pull.body.cursor;
    if (!pull.body.hasMore) break;
  }
  const t2 = performance.now();
  return { syncMs: t2 - t0, pushMs: t1 - t0, pullMs: t2 - t1 };
}

/**
 * Many devices syncing at once: every officer of the fleet (own user, own device, own token) edits a few
 * of their team's cases and syncs, all devices starting at the same instant, for several rounds. Latency
 * per device sync, and errors. The same fleet then sends two plain requests of the same sizes each to the
 * trivial server, at once, as the floor of this machine and client.
 */
export async function measureFleet(court: BenchCourt, rawSinkUrl: string, rounds = 3): Promise<FleetFigures> {
  const devices = await prepare(court);
  const sync: number[] = [];
  const push: number[] = [];
  const pull: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let wallMs = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    await Promise.all(
      devices.map(async (d) => {
        try {
          const t = await syncOnce(d, r);
          sync.push(t.syncMs);
          push.push(t.pushMs);
          pull.push(t.pullMs);
        } catch (error) {
          errors++;
          if (errorSamples.length < 5)
            errorSamples.push(`${d.officer.username}: ${(error as Error).message}`);
        }
      }),
    );
    wallMs += performance.now() - t0;
  }

  // Baseline bodies: a push of the same size and a pull request, each answered by the trivial server.
  const sample = devices[0]!;
  const pushBody = JSON.stringify({
    protocolVersion: PROTOCOL_VERSION,
    schemaVersion: SCHEMA_VERSION,
    appVersion: '0.1.0',
    deviceId: sample.device.deviceId,
    mutations: sample.lastPush,
  });
  const pullBody = JSON.stringify({
    deviceId: sample.device.deviceId,
    cursor: sample.cursor,
    limit: PULL_LIMIT,
  });
  const raw: number[] = [];
  for (let r = 0; r < rounds; r++) {
    await Promise.all(
      devices.map(async () => {
        const t0 = performance.now();
        for (const body of [pushBody, pullBody]) {
          const response = await fetch(`${rawSinkUrl}/sync`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
          await response.arrayBuffer();
        }
        raw.push(performance.now() - t0);
      }),
    );
  }

  return {
    devices: devices.length,
    rounds,
    syncMs: latency(sync),
    pushMs: latency(push),
    pullMs: latency(pull),
    errors,
    errorSamples,
    syncsPerSecond: round((sync.length / wallMs) * 1000),
    rawTwoRequestMs: latency(raw),
  };
}
