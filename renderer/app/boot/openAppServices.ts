import { createRepositories } from '../../data/createRepositories';
import type { FieldWritDb } from '../../data/db';
import { sealJournalEntries } from '../../data/crypto/journalSealing';
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
  /** Called once the sync engine met CourtDeviceRevoked and stopped (the vault manager removes the vault). */
  onDeviceRevoked: () => void = () => {},
): Promise<OpenServices> {
  const repos = createRepositories(db);
  const platform = getPlatform(repos.blobs);
  const isFreshDatabase = (await repos.meta.get('deviceId')) === undefined;
  if (isFreshDatabase && ownerId !== null) {
    const restored = await repos.outbox.restoreFromSealedJournal(await platform.readJournal(), ownerId);
    if (restored > 0) logger.warn(`restored ${restored} outbox entries from the journal`);
  }
  // The database's own id: who writes here until someone signs in (see sessionRepository.writer).
  await repos.meta.deviceId();
  const stopJournal = onMutationsCommitted((mutations) => {
    // Sealed here, with the vault's key, before anything crosses to main (docs/security.md). The demo
    // court has no key and nothing worth a journal.
    if (!db.dataKey) return;
    let entries;
    try {
      entries = sealJournalEntries(db.dataKey, mutations);
    } catch (error) {
      logger.error('journal append failed', error);
      return;
    }
    platform.appendJournal(entries).catch((error: unknown) => logger.error('journal append failed', error));
  });
  const court = createCourtConnection({ credentials: repos.session });
  const sync = new SyncEngine({
    repos,
    connection: court,
    appVersion: __APP_VERSION__,
    onDeviceRevoked,
    // The server has them: their journal lines go (compaction; a failure only leaves them for next time).
    onPushAcknowledged: (deviceId, through) =>
      platform
        .acknowledgeJournal(deviceId, through)
        .catch((error: unknown) => logger.warn('journal compaction failed', error)),
  });
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
