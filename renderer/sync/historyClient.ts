import { caseHistoryExportSchema, type CaseHistoryExport } from '../../shared/history/caseHistoryExport';
import { chainCheckSchema, type ChainCheck } from '../../shared/history/chainCheck';
import { historyPaths } from '../../shared/history/historyPaths';
import { recordHistorySchema, type RecordHistory } from '../../shared/history/recordHistory';
import type { SyncedEntity } from '../../shared/sync/mutation';
import type { CourtConnection, CourtSession } from './court/CourtConnection';
import { readCourtJson } from './court/readCourtJson';

/** The court server's history endpoints, answers parsed with the shared schemas. */
export type HistoryClient = {
  recordHistory(entity: SyncedEntity, entityId: string): Promise<RecordHistory>;
  verify(entity: SyncedEntity, entityId: string): Promise<ChainCheck>;
  caseExport(caseId: string): Promise<CaseHistoryExport>;
};

/**
 * History calls as a signed-in court session (Bearer token, refreshed once after a 401 and the same
 * request sent again, as for photos and sync). Failures are CourtHttpError (status 0: not reached).
 */
export function createHistoryClient(session: CourtSession): HistoryClient {
  return {
    recordHistory: async (entity, entityId) =>
      readCourtJson(
        await session.request(historyPaths.record(entity, entityId), { method: 'GET' }),
        recordHistorySchema,
      ),
    verify: async (entity, entityId) =>
      readCourtJson(
        await session.request(historyPaths.verify(entity, entityId), { method: 'POST' }),
        chainCheckSchema,
      ),
    caseExport: async (caseId) =>
      readCourtJson(
        await session.request(historyPaths.caseExport(caseId), { method: 'GET' }),
        caseHistoryExportSchema,
      ),
  };
}

/** The history client of the signed-in session; null when nobody is signed in (the demo court). */
export async function openHistoryClient(court: CourtConnection): Promise<HistoryClient | null> {
  const session = await court.session();
  return session ? createHistoryClient(session) : null;
}
