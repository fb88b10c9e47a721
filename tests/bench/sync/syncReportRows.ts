import { round } from '../stats';
import type { BlobFigures } from './measureBlobUpload';
import type { FleetFigures } from './measureFleet';
import type { ChromiumFigures } from './measureInChromium';
import type { PushFigures } from './measurePush';
import type { ReturnLatencyFigures } from './measureReturnLatency';

/** Everything measured on one storage. */
export type StorageFigures = {
  push: PushFigures;
  chromium: ChromiumFigures;
  blobs: BlobFigures;
  fleet: FleetFigures;
  latency: ReturnLatencyFigures;
};

/** Issue 4's targets. */
export const SYNC_TARGETS = {
  firstPullVsBulkPut: 0.8,
  noopP95Ms: 50,
  uploadVsRawPut: 0.7,
  fleetP99Ms: 250,
  fleetErrors: 0,
  returnP95Ms: 1000,
} as const;

export type ReportRow = {
  figure: string;
  value: string;
  baseline: string;
  target: string;
  verdict: string;
  isMet: boolean | null;
};

const n = (v: number) => Math.round(v).toLocaleString('en-US');

function atLeast(ratio: number, target: number): Pick<ReportRow, 'verdict' | 'isMet'> {
  if (ratio >= target) return { verdict: 'met', isMet: true };
  return {
    verdict: `MISSED: ${round((ratio / target) * 100)}% of target, needs ${round(target / ratio)}× faster`,
    isMet: false,
  };
}

function atMost(ms: number, target: number): Pick<ReportRow, 'verdict' | 'isMet'> {
  if (ms <= target) return { verdict: 'met', isMet: true };
  return { verdict: `MISSED by ${n(ms - target)} ms (${round(ms / target)}× the target)`, isMet: false };
}

/** One row per figure of one storage, with its target and whether it was met. */
export function syncReportRows(f: StorageFigures): ReportRow[] {
  const { push, chromium: c, blobs, fleet, latency } = f;
  const fleetP99 = atMost(fleet.syncMs.p99, SYNC_TARGETS.fleetP99Ms);
  const fleetMet = fleetP99.isMet === true && fleet.errors <= SYNC_TARGETS.fleetErrors;
  return [
    {
      figure: `push ${n(push.mutations)} patches (batches of ${push.mutations / push.batches})`,
      value: `${n(push.mutationsPerSecond)} mutations/s (batch p50 ${n(push.batchMs.p50)} ms)`,
      baseline: `raw echo ${n(push.rawEchoMutationsPerSecond)}/s; duplicate re-push ${n(push.duplicateMutationsPerSecond)}/s`,
      target: 'report only',
      verdict: `${round(push.mutationsPerSecond / push.rawEchoMutationsPerSecond)}× raw echo`,
      isMet: null,
    },
    {
      figure: `first pull ${n(c.firstPull.rows)} rows → IndexedDB (Chromium)`,
      value: `${n(c.firstPull.rowsPerSecond)} rows/s (${round(c.firstPull.totalMs / 1000)} s; apply only ${n(c.firstPull.applyOnlyRowsPerSecond)} rows/s)`,
      baseline: `bulkPut ${n(c.bulkPut.oneTableRowsPerSecond)} rows/s (into the 3 app tables ${n(c.bulkPut.appTablesRowsPerSecond)}, pull is ${c.ratioVsAppTables}× that)`,
      target: `≥ ${SYNC_TARGETS.firstPullVsBulkPut}× bulkPut (is ${c.ratio}×)`,
      ...atLeast(c.ratio, SYNC_TARGETS.firstPullVsBulkPut),
    },
    {
      figure: 'no-op sync round trip (SyncEngine.syncOnce)',
      value: `p50 ${c.noop.syncMs.p50} / p95 ${c.noop.syncMs.p95} ms (pull alone p95 ${c.noop.pullMs.p95})`,
      baseline: `GET /health p50 ${c.noop.healthMs.p50} / p95 ${c.noop.healthMs.p95} ms`,
      target: `p95 ≤ ${SYNC_TARGETS.noopP95Ms} ms`,
      ...atMost(c.noop.syncMs.p95, SYNC_TARGETS.noopP95Ms),
    },
    {
      figure: `photo upload ${n(blobs.totalBytes / 2 ** 20)} MiB (${blobs.photos} × ${blobs.photoBytes / 2 ** 20} MiB)`,
      value: `${blobs.uploadMiBPerSecond} MiB/s`,
      baseline: `raw PUT ${blobs.rawPutMiBPerSecond} MiB/s`,
      target: `≥ ${SYNC_TARGETS.uploadVsRawPut}× raw PUT (is ${blobs.ratio}×)`,
      ...atLeast(blobs.ratio, SYNC_TARGETS.uploadVsRawPut),
    },
    {
      figure: `review return: lead's commit → officer's device shows it, officer syncing (${latency.rounds} rounds)`,
      value: `p50 ${n(latency.commitToShownMs.p50)} / p95 ${n(latency.commitToShownMs.p95)} ms (${latency.roundsNeedingMoreThanOneSync} rounds needed a 2nd sync)`,
      baseline: `officer's no-op sync p50 ${latency.noopSyncMs.p50} / p95 ${latency.noopSyncMs.p95} ms`,
      target: `p95 ≤ ${SYNC_TARGETS.returnP95Ms} ms`,
      ...atMost(latency.commitToShownMs.p95, SYNC_TARGETS.returnP95Ms),
    },
    {
      figure: `${fleet.devices} devices syncing at once (${fleet.rounds} rounds)`,
      value: `p50 ${n(fleet.syncMs.p50)} / p99 ${n(fleet.syncMs.p99)} ms, ${fleet.errors} errors`,
      baseline: `raw 2 requests p50 ${n(fleet.rawTwoRequestMs.p50)} / p99 ${n(fleet.rawTwoRequestMs.p99)} ms`,
      target: `p99 ≤ ${SYNC_TARGETS.fleetP99Ms} ms, ${SYNC_TARGETS.fleetErrors} errors`,
      verdict: fleetMet
        ? 'met'
        : [fleetP99.isMet ? null : fleetP99.verdict, fleet.errors > 0 ? `${fleet.errors} errors` : null]
            .filter(Boolean)
            .join('; '),
      isMet: fleetMet,
    },
  ];
}
