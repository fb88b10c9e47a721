import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunch } from '../../../playwright.config';
import type { AuthState } from '../../../renderer/data/session/authState';
import { TestDevice } from '../../integration/server/support/TestDevice';
import { summarise } from '../stats';
import type * as PageReturnLatencyNs from './pageReturnLatency';
import type { BenchCourt } from './prepareBenchCourt';
import { overLoopback } from './overLoopback';

type PageReturnLatency = typeof PageReturnLatencyNs;

const PAGE_MODULE = `/@fs${fileURLToPath(new URL('./pageReturnLatency.ts', import.meta.url))}`;
const BLANK_PAGE = fileURLToPath(new URL('./syncBench.html', import.meta.url));

export type ReturnLatencyFigures = {
  rounds: number;
  commitToShownMs: ReturnType<typeof summarise>;
  /** Rounds in which the officer's first sync after the lead's commit did not yet have the return. */
  roundsNeedingMoreThanOneSync: number;
  noopSyncMs: ReturnType<typeof summarise>;
};

async function authFor(court: BenchCourt, username: string): Promise<AuthState> {
  const device = await TestDevice.login(overLoopback(court.url), username);
  const { lastProcessedClientSeq: _seq, ...session } = device.session;
  return { serverUrl: court.url, ...session };
}

/**
 * A committed change reaches a syncing device at once: the lead's review return, from its local commit on
 * the lead's device to the officer's device (Chromium, IndexedDB on disk) holding the visit as returned,
 * while the officer syncs. Baseline: the officer's no-op sync in the same rounds.
 */
export async function measureReturnLatency(
  court: BenchCourt,
  devServerUrl: string,
  rounds = 40,
): Promise<ReturnLatencyFigures> {
  const officerAuth = await authFor(court, court.latency.officer);
  const leadAuth = await authFor(court, court.latency.lead);
  const profile = mkdtempSync(join(tmpdir(), 'fieldwrit-bench-latency-'));
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunch, headless: true });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
    await page.goto(`${devServerUrl}@fs${BLANK_PAGE}`);
    await page.evaluate(async (url) => void (await import(/* @vite-ignore */ url)), PAGE_MODULE);
    const figures = await page.evaluate(
      async ({ url, officerAuth, leadAuth, caseId, rounds }) =>
        ((await import(/* @vite-ignore */ url)) as PageReturnLatency).returnLatency(
          officerAuth,
          leadAuth,
          caseId,
          rounds,
        ),
      { url: PAGE_MODULE, officerAuth, leadAuth, caseId: court.latency.caseId, rounds },
    );
    return {
      rounds,
      commitToShownMs: summarise(figures.commitToShownMs),
      roundsNeedingMoreThanOneSync: figures.officerSyncs.filter((n) => n > 1).length,
      noopSyncMs: summarise(figures.noopSyncMs),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
