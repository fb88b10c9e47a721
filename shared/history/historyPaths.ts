import type { SyncedEntity } from '../sync/mutation';

/** The court server's history endpoints, shared by the app and the tests. */
export const historyPaths = {
  record: (entity: SyncedEntity, entityId: string) => `/history/v1/${entity}/${encodeURIComponent(entityId)}`,
  verify: (entity: SyncedEntity, entityId: string) =>
    `/history/v1/${entity}/${encodeURIComponent(entityId)}/verify`,
  caseExport: (caseId: string) => `/history/v1/case/${encodeURIComponent(caseId)}/export`,
};
