import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunch } from '../../../playwright.config';
import type { AuthState } from '../../../renderer/data/session/authState';
import { TestDevice } from '../../integration/server/support/TestDevice';
import { round, summarise } from '../stats';
import type * as PageSyncBenchNs from './pageSyncBench';
import type { BenchCourt } from './prepareBenchCourt';
import { overLoopback } from './overLoopback';

type PageSyncBench = typeof PageSyncBenchNs;

const PAGE_MODULE = `/@fs${fileURLToPath(new URL('./pageSyncBench.ts', import.meta.url))}`;
const BLANK_PAGE = fileURLToPath(new URL('./syncBench.html', import.meta.url));

export type ChromiumFigures = {
  firstPull: Awaited<ReturnType<PageSyncBench['firstPull']>> & {
    rowsPerSecond: number;
    applyOnlyRowsPerSecond: number;
  };
  bulkPut: Awaited<ReturnType<PageSyncBench['rawBulkPuts']>> & {
    oneTableRowsPerSecond: number;
    appTablesRowsPerSecond: number;
  };
  /** First pull rate over the one-table bulkPut rate (target ≥ 0.8). */
  ratio: number;
  /** First pull rate over the rate of bulkPut into the three tables the app maintains. */
  ratioVsAppTables: number;
  noop: {
    syncMs: ReturnType<typeof summarise>;
    pullMs: ReturnType<typeof summarise>;
    healthMs: ReturnType<typeof summarise>;
  };
};

/**
 * The IndexedDB side in real Chromium: a persistent profile in a temporary folder (so IndexedDB is on
 * disk, as on an officer's laptop; Playwright's ordinary contexts keep it in memory), a blank page of the
 * Vite dev server's origin that imports pageSyncBench.ts, and officer a2 signed in on a new device.
 */
export async function measureInChromium(
  court: BenchCourt,
  devServerUrl: string,
  noopCount = 50,
): Promise<ChromiumFigures> {
  const officer = await TestDevice.login(overLoopback(court.url), 'a2');
  const { lastProcessedClientSeq: _seq, ...session } = officer.session;
  const auth: AuthState = { serverUrl: court.url, ...session };
  const profile = mkdtempSync(join(tmpdir(), 'fieldwrit-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunch, headless: true });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
    // A blank document served from the dev server (loopback): the app itself must not start (it would load
    // its demo court), and Chromium lets only a loopback document call the loopback court server.
    await page.goto(`${devServerUrl}@fs${BLANK_PAGE}`);
    const dbName = `fieldwrit-bench-${court.storage}`;
    // Loading the module once first lets Vite transform and pre-bundle everything outside the timings.
    await page.evaluate(async (url) => void (await import(/* @vite-ignore */ url)), PAGE_MODULE);
    const pull = await page.evaluate(
      async ({ url, dbName, auth }) =>
        ((await import(/* @vite-ignore */ url)) as PageSyncBench).firstPull(dbName, auth),
      { url: PAGE_MODULE, dbName, auth },
    );
    const bulk = await page.evaluate(
      async ({ url, dbName }) =>
        ((await import(/* @vite-ignore */ url)) as PageSyncBench).rawBulkPuts(dbName),
      { url: PAGE_MODULE, dbName },
    );
    const noop = await page.evaluate(
      async ({ url, dbName, auth, count }) =>
        ((await import(/* @vite-ignore */ url)) as PageSyncBench).noopSyncs(dbName, auth, count),
      { url: PAGE_MODULE, dbName, auth, count: noopCount },
    );
    if (pull.rowsInCases !== pull.rows)
      throw new Error(`first pull stored ${pull.rowsInCases} cases of ${pull.rows} rows`);
    const perSecond = (ms: number) => round((pull.rows / ms) * 1000);
    return {
      firstPull: {
        ...pull,
        rowsPerSecond: perSecond(pull.totalMs),
        applyOnlyRowsPerSecond: perSecond(pull.applyMs),
      },
      bulkPut: {
        ...bulk,
        oneTableRowsPerSecond: perSecond(bulk.oneTableMs),
        appTablesRowsPerSecond: perSecond(bulk.appTablesMs),
      },
      ratio: round(bulk.oneTableMs / pull.totalMs),
      ratioVsAppTables: round(bulk.appTablesMs / pull.totalMs),
      noop: {
        syncMs: summarise(noop.syncMs),
        pullMs: summarise(noop.pullMs),
        healthMs: summarise(noop.healthMs),
      },
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
