import type { Repositories } from '../data/createRepositories';
import { SyncEngine } from './SyncEngine';

let instance: SyncEngine | null = null;

/** The page's one sync engine, created and started on first use. */
export function startSyncEngine(repos: Repositories, appVersion: string): SyncEngine {
  if (!instance) {
    instance = new SyncEngine({ repos, appVersion });
    instance.start();
  }
  return instance;
}

export function syncEngine(): SyncEngine | null {
  return instance;
}
