import { Dexie, type Table } from 'dexie';
import { caseSchema } from '../../../shared/domain/case';
import { pullResponseSchema, type PullResponse } from '../../../shared/sync/protocol';
import { createRepositories, type Repositories } from '../../../renderer/data/createRepositories';
import { openDb } from '../../../renderer/data/db';
import { toCaseRow, toSummaryRow } from '../../../renderer/data/repositories/caseRows';
import { createSyncRepository } from '../../../renderer/data/repositories/syncRepository';
import type { CaseBaseRow } from '../../../renderer/data/rows';
import type { AuthState } from '../../../renderer/data/session/authState';
import type { CourtSession } from '../../../renderer/sync/court/CourtConnection';
import { createCourtConnection } from '../../../renderer/sync/court/createCourtConnection';
import { SyncEngine } from '../../../renderer/sync/SyncEngine';
import { useSyncStore } from '../../../renderer/sync/syncStore';

/*
 * Runs INSIDE Chromium: the benchmark page imports this module from the Vite dev server, so the app's own
 * modules (database, sync repository, court connection, sync engine) run exactly as in the app, against the
 * court server over loopback. Figures come back to the Playwright side as plain numbers.
 */

/** The app pulls pages of this size (PULL_LIMIT in renderer/sync/SyncEngine.ts). */
const PULL_LIMIT = 500;

/** The device signed in as `auth` (in the session's home) and its court session, as the app has them. */
async function signedIn(repos: Repositories, auth: AuthState): Promise<CourtSession> {
  await repos.meta.deviceId();
  await repos.session.signIn(auth);
  const session = await createCourtConnection({ credentials: repos.session }).session();
  if (!session) throw new Error('not signed in');
  return session;
}

/** The pages of the last first pull, kept for the bulkPut baselines over the same rows. */
let pulledPages: PullResponse[] = [];

export type FirstPullFigures = {
  rows: number;
  pages: number;
  totalMs: number;
  /** Request, transfer and response parsing (the app's court session validates every page with zod). */
  fetchMs: number;
  /** `applyPullPage`: one IndexedDB transaction per page. */
  applyMs: number;
  rowsInCases: number;
};

/**
 * The first pull of a newly signed-in device, as the sync engine runs it: pages of PULL_LIMIT from cursor 0,
 * each fetched with the app's court connection and applied with the app's `applyPullPage`.
 */
export async function firstPull(dbName: string, auth: AuthState): Promise<FirstPullFigures> {
  const db = await openDb(dbName);
  const sync = createSyncRepository(db);
  const session = await signedIn(createRepositories(db), auth);
  let fetchMs = 0;
  let applyMs = 0;
  pulledPages = [];
  const t0 = performance.now();
  for (;;) {
    const f0 = performance.now();
    const page = await session.postJson(
      '/sync/v1/pull',
      { deviceId: auth.deviceId, cursor: await sync.cursor(), limit: PULL_LIMIT },
      pullResponseSchema,
    );
    const a0 = performance.now();
    await sync.applyPullPage(page);
    applyMs += performance.now() - a0;
    fetchMs += a0 - f0;
    pulledPages.push(page);
    if (!page.hasMore) break;
  }
  const totalMs = performance.now() - t0;
  const rowsInCases = await db.cases.count();
  db.close();
  return {
    rows: pulledPages.reduce((sum, p) => sum + p.changes.length, 0),
    pages: pulledPages.length,
    totalMs,
    fetchMs,
    applyMs,
    rowsInCases,
  };
}

const baseRow = (change: PullResponse['changes'][number]): CaseBaseRow => ({
  id: change.entityId,
  commitSeq: change.commitSeq,
  version: change.version,
  fieldSeq: change.fieldSeq,
  data: change.data,
  deletedAt: change.deletedAt,
});

export type BulkPutFigures = {
  rows: number;
  /** Baseline: raw Dexie `bulkPut` of the same rows into one table, one transaction per page. */
  oneTableMs: number;
  /** Diagnostic: `bulkPut` of everything `applyPullPage` writes (caseBase, cases, caseSummaries), rows built beforehand. */
  appTablesMs: number;
};

/**
 * Baselines over the rows of the last `firstPull`, in fresh databases of the same page, with the app's
 * durability ("strict": each transaction reaches disk) and the same page-sized transactions.
 */
export async function rawBulkPuts(dbName: string): Promise<BulkPutFigures> {
  const raw = new Dexie(`${dbName}-raw`, { chromeTransactionDurability: 'strict' });
  raw.version(1).stores({ rows: 'id' });
  const rows = (raw as Dexie & { rows: Table<CaseBaseRow, string> }).rows;
  await raw.open();
  const pages = pulledPages.map((p) => p.changes.map(baseRow));
  const t0 = performance.now();
  for (const page of pages) await rows.bulkPut(page);
  const oneTableMs = performance.now() - t0;
  raw.close();

  const db = await openDb(`${dbName}-app-tables`);
  const built = pulledPages.map((p) =>
    p.changes.map((change) => {
      const view = caseSchema.parse(change.data);
      return { base: baseRow(change), row: toCaseRow(view, change.commitSeq), summary: toSummaryRow(view) };
    }),
  );
  const t1 = performance.now();
  for (const page of built) {
    await db.transaction('rw', db.caseBase, db.cases, db.caseSummaries, async () => {
      await db.caseBase.bulkPut(page.map((r) => r.base));
      await db.cases.bulkPut(page.map((r) => r.row));
      await db.caseSummaries.bulkPut(page.map((r) => r.summary));
    });
  }
  const appTablesMs = performance.now() - t1;
  db.close();
  return { rows: pages.reduce((sum, p) => sum + p.length, 0), oneTableMs, appTablesMs };
}

export type NoopFigures = {
  /** `SyncEngine.syncOnce()` with an empty outbox and nothing new on the server. */
  syncMs: number[];
  /** The pull request alone (the app's court session), same page. */
  pullMs: number[];
  /** Baseline: `GET /health` of the same server (one trivial query), same page. */
  healthMs: number[];
};

/**
 * No-op sync round trips on the device filled by `firstPull`: the app's sync engine, signed in as that
 * device, runs once with nothing to push, no photos pending and nothing new to pull.
 */
export async function noopSyncs(dbName: string, auth: AuthState, count: number): Promise<NoopFigures> {
  const db = await openDb(dbName);
  const repos = createRepositories(db);
  const session = await signedIn(repos, auth);
  const connection = createCourtConnection({ credentials: repos.session });
  const engine = new SyncEngine({ repos, connection, appVersion: '0.1.0' });
  const figures: NoopFigures = { syncMs: [], pullMs: [], healthMs: [] };
  // Warm-up: CORS preflights, connections, JIT.
  for (let i = 0; i < 3; i++) await engine.syncOnce();
  for (let i = 0; i < count; i++) {
    const s0 = performance.now();
    await engine.syncOnce();
    figures.syncMs.push(performance.now() - s0);
    const state = useSyncStore.getState();
    if (state.status !== 'upToDate') throw new Error(`sync ended ${state.status} (${state.attention})`);

    const p0 = performance.now();
    const page = await session.postJson(
      '/sync/v1/pull',
      { deviceId: auth.deviceId, cursor: await repos.sync.cursor(), limit: PULL_LIMIT },
      pullResponseSchema,
    );
    figures.pullMs.push(performance.now() - p0);
    if (page.changes.length > 0) throw new Error(`a no-op pull returned ${page.changes.length} changes`);

    const h0 = performance.now();
    await (await fetch(`${auth.serverUrl}/health`)).json();
    figures.healthMs.push(performance.now() - h0);
  }
  db.close();
  return figures;
}
