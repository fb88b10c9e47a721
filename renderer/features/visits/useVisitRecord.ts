import { useServices } from '../../app/services/servicesContext';
import { useLive } from '../../data/useLive';

/**
 * Everything a visit screen shows, live: the visit, its case, incidents and attachments, and the case's
 * whole asset ledger (the over-seizure meter counts every measure on the case, not just this visit's).
 * Separate queries, so typing in the visit log does not re-read hundreds of inventory rows.
 * `visit` is undefined while loading and null when the visit is not on this device.
 */
export function useVisitRecord(visitId: string) {
  const { repos } = useServices();
  const visit = useLive(async () => (await repos.visits.get(visitId)) ?? null, [repos, visitId]);
  const caseId = visit?.caseId ?? null;
  const caseRecord = useLive(
    async () => (caseId === null ? null : ((await repos.cases.get(caseId)) ?? null)),
    [repos, caseId],
  );
  const incidents = useLive(() => repos.incidents.listForVisit(visitId), [repos, visitId], []);
  const attachments = useLive(() => repos.attachments.listForVisit(visitId), [repos, visitId], []);
  const assets = useLive(
    async () => (caseId === null ? [] : repos.assets.listForCase(caseId)),
    [repos, caseId],
    [],
  );
  return { visit, case: caseRecord, incidents, attachments, assets };
}
