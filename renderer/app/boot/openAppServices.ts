import { createRepositories } from '../../data/createRepositories';
import type { FieldWritDb } from '../../data/db';
import { onMutationsCommitted } from '../../data/outbox/committedMutations';
import { getPlatform } from '../../platform/getPlatform';
import { createCourtConnection } from '../../sync/court/createCourtConnection';
import { SyncEngine } from '../../sync/SyncEngine';
import { useSyncStore } from '../../sync/syncStore';
import { logger } from '../../logger';
import type { AppServices } from '../services/AppServices';

/** One set of the app's services over one database, and how to end it. */
export type OpenServices = {
  services: AppServices;
  /** Stops the sync engine and the journal, then `closeDb` (the vault's: closes the db, wipes the key). */
  close(): void;
};

/** What the header says before an engine has run: nothing carried over from another vault. */
export function resetSyncStatus(): void {
  useSyncStore
    .getState()
    .set({ status: 'signedOut', progress: null, bytes: null, attention: null, lastSyncedAt: null });
}

/**
 * The services over `db`: repositories, the platform, one court connection and one sync engine. For an
 * officer's vault (`ownerId`) a database found empty is rebuilt from the desktop journal — with that
 * officer's entries only, as the journal outlives IndexedDB and every vault.
 */
export async function openAppServices(
  db: FieldWritDb,
  closeDb: () => void,
  ownerId: string | null,
  beforeSync: (services: AppServices) => Promise<void> = async () => {},
): Promise<OpenServices> {
  const repos = createRepositories(db);
  const platform = getPlatform(repos.blobs);
  const isFreshDatabase = (await repos.meta.get('deviceId')) === undefined;
  if (isFreshDatabase && ownerId !== null) {
    const journal = (await platform.readJournal()).filter((m) => m.authorUserId === ownerId);
    if (journal.length > 0)
      logger.warn(
        `restored ${await repos.outbox.restoreFromJournal(journal)} outbox entries from the journal`,
      );
  }
  // The database's own id: who writes here until someone signs in (see sessionRepository.writer).
  await repos.meta.deviceId();
  const stopJournal = onMutationsCommitted((mutations) => {
    platform.appendJournal(mutations).catch((error: unknown) => logger.error('journal append failed', error));
  });
  const court = createCourtConnection({ credentials: repos.session });
  const sync = new SyncEngine({ repos, connection: court, appVersion: __APP_VERSION__ });
  const services: AppServices = { repos, platform, court, sync };
  await beforeSync(services);
  resetSyncStatus();
  sync.start();
  return {
    services,
    close() {
      sync.stop();
      stopJournal();
      closeDb();
      resetSyncStatus();
    },
  };
}
