import { caseHistoryExportSchema, type CaseHistoryExport } from '../../shared/history/caseHistoryExport';
import { chainCheckSchema, type ChainCheck } from '../../shared/history/chainCheck';
import { historyPaths } from '../../shared/history/historyPaths';
import { recordHistorySchema, type RecordHistory } from '../../shared/history/recordHistory';
import type { SyncedEntity } from '../../shared/sync/mutation';
import type { BlobHttpContext } from './blobs/BlobHttpContext';
import { blobRequest } from './blobs/blobRequest';
import { readBlobJson } from './blobs/readBlobJson';
import { syncEngine } from './syncEngineInstance';

/** The court server's history endpoints, answers parsed with the shared schemas. */
export type HistoryClient = {
  recordHistory(entity: SyncedEntity, entityId: string): Promise<RecordHistory>;
  verify(entity: SyncedEntity, entityId: string): Promise<ChainCheck>;
  caseExport(caseId: string): Promise<CaseHistoryExport>;
};

/**
 * History calls through a signed-in server context (the sync engine's): Bearer token, and on a 401 the
 * token is refreshed once and the same request sent again, exactly as for photos. Failures are
 * SyncHttpError (status 0: the server was not reached).
 */
export function createHistoryClient(context: BlobHttpContext): HistoryClient {
  return {
    recordHistory: async (entity, entityId) =>
      readBlobJson(
        await blobRequest(context, historyPaths.record(entity, entityId), { method: 'GET' }),
        recordHistorySchema,
      ),
    verify: async (entity, entityId) =>
      readBlobJson(
        await blobRequest(context, historyPaths.verify(entity, entityId), { method: 'POST' }),
        chainCheckSchema,
      ),
    caseExport: async (caseId) =>
      readBlobJson(
        await blobRequest(context, historyPaths.caseExport(caseId), { method: 'GET' }),
        caseHistoryExportSchema,
      ),
  };
}

/** The history client of the signed-in session; null when nobody is signed in (the demo court). */
export async function sessionHistoryClient(): Promise<HistoryClient | null> {
  const context = (await syncEngine()?.serverContext()) ?? null;
  return context ? createHistoryClient(context) : null;
}
