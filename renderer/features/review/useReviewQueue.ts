import type { Visit } from '../../../shared/visits/visit';
import { useServices } from '../../app/services/servicesContext';
import { useLive } from '../../data/useLive';

export type QueueRow = { visit: Visit; caseNumber: string; respondentName: string };

/** The visits waiting for the lead with their case number and respondent, oldest first. Live. */
export function useReviewQueue(): QueueRow[] | undefined {
  const { repos } = useServices();
  return useLive(async () => {
    const visits = await repos.reviews.queue();
    const rows: QueueRow[] = [];
    for (const visit of visits) {
      const c = await repos.cases.get(visit.caseId);
      rows.push({
        visit,
        caseNumber: c?.caseNumber ?? visit.caseId,
        respondentName: c?.respondents[0]?.name ?? '',
      });
    }
    return rows;
  }, [repos]);
}
