import type { Repositories } from '../../data/createRepositories';
import type { Platform } from '../../platform/Platform';
import type { CourtConnection } from '../../sync/court/CourtConnection';
import type { SyncEngine } from '../../sync/SyncEngine';

/** What screens may ask of the sync engine: a run now (awaited, or not). */
export type SyncControl = Pick<SyncEngine, 'syncNow' | 'trigger'>;

/** What features reach for: repositories over the local database, the platform, the court server. */
export type AppServices = {
  repos: Repositories;
  platform: Platform;
  /** The court server as the signed-in officer (photos and history; the sync engine holds the same one). */
  court: CourtConnection;
  /** The page's one sync engine. */
  sync: SyncControl;
};
