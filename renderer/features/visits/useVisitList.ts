import { useServices } from '../../app/services/servicesContext';
import { useLive } from '../../data/useLive';

/** Every visit on the device with its case number and respondent: drafts and returned visits first. */
export function useVisitList() {
  const { repos } = useServices();
  return useLive(async () => {
    const visits = await repos.visits.listAll();
    const caseIds = [...new Set(visits.map((v) => v.caseId))];
    const cases = new Map(
      (await Promise.all(caseIds.map((id) => repos.cases.get(id)))).flatMap((c) =>
        c ? [[c.id, c] as const] : [],
      ),
    );
    return visits.map((v) => {
      const c = cases.get(v.caseId);
      return {
        visit: v,
        caseNumber: c?.caseNumber ?? '—',
        /** Joined by the screen, in the UI language's list punctuation. */
        respondentNames: c?.respondents.map((p) => p.name) ?? [],
      };
    });
  }, [repos]);
}
