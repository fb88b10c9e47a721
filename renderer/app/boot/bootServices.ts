import { createRepositories } from '../../data/createRepositories';
import { openDb } from '../../data/db';
import { onMutationsCommitted } from '../../data/outbox/committedMutations';
import { getPlatform } from '../../platform/getPlatform';
import { createCourtConnection } from '../../sync/court/createCourtConnection';
import { SyncEngine } from '../../sync/SyncEngine';
import { logger } from '../../logger';
import type { AppServices } from '../services/AppServices';
import { appClock } from '../../../shared/time/appClock';
import { adoptLegacySessionStore } from './adoptLegacySessionStore';
import { loadDemoCourt, type DemoProgress } from './loadDemoCourt';

/** Cases in the demo court made on first run; `?demoCases=N` overrides it (benchmarks use 50,000). */
export const DEFAULT_DEMO_CASES = 3000;
const DEMO_SEED = 20250701;

export function demoCaseCountFromUrl(search: string): number {
  const n = Number(new URLSearchParams(search).get('demoCases'));
  return Number.isInteger(n) && n > 0 && n <= 200_000 ? n : DEFAULT_DEMO_CASES;
}

/**
 * Opens the local database and, on the very first run, loads the demo court so a new officer sees real-
 * looking work at once. Demo cases are marked `isDemo` and are stored as received data: they never enter
 * the outbox, so they can never be pushed to a court server as if an officer had typed them.
 */
async function bootServicesOnce(onProgress: (progress: DemoProgress) => void): Promise<AppServices> {
  const db = await openDb();
  const repos = createRepositories(db);
  const platform = getPlatform(repos.blobs);
  // The desktop journal outlives IndexedDB (which Chromium may reset after a full disk or an upgrade):
  // if the database came back empty but the journal has entries, rebuild the outbox from it.
  const isFreshDatabase = (await repos.meta.get('deviceId')) === undefined;
  if (isFreshDatabase) {
    const journal = await platform.readJournal();
    if (journal.length > 0)
      logger.warn(
        `restored ${await repos.outbox.restoreFromJournal(journal)} outbox entries from the journal`,
      );
  }
  // The installation's own id: who writes here until someone signs in (see sessionRepository.writer).
  await repos.meta.deviceId();
  await adoptLegacySessionStore(repos);
  await loadDemoCourt(
    repos,
    { seed: DEMO_SEED, caseCount: demoCaseCountFromUrl(window.location.search), now: appClock.date() },
    onProgress,
  );
  onMutationsCommitted((mutations) => {
    platform.appendJournal(mutations).catch((error: unknown) => logger.error('journal append failed', error));
  });
  // One connection to the court server, one engine (this function runs once per page, see bootServices).
  const court = createCourtConnection({ credentials: repos.session });
  const sync = new SyncEngine({ repos, connection: court, appVersion: __APP_VERSION__ });
  sync.start();
  return { repos, platform, court, sync };
}

let inflight: Promise<AppServices> | null = null;

/** Boots once per page even when React runs effects twice; a failed boot may be retried. */
export function bootServices(onProgress: (progress: DemoProgress) => void): Promise<AppServices> {
  inflight ??= bootServicesOnce(onProgress).catch((error: unknown) => {
    inflight = null;
    throw error;
  });
  return inflight;
}
