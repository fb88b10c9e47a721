import type { Repositories } from '../../data/createRepositories';
import type { Platform } from '../../platform/Platform';

/** What features reach for: repositories over the local database, and the platform. */
export type AppServices = {
  repos: Repositories;
  platform: Platform;
  deviceId: string;
};
