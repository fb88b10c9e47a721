import { summarizeCase } from '../../../shared/domain/caseSummary';
import { useServices } from '../../app/services/servicesContext';
import { useLive } from '../../data/useLive';

/** A case and the other cases against the same respondent, live. `null` = not on this device. */
export function useCase(caseId: string) {
  const { repos } = useServices();
  return useLive(async () => {
    const c = await repos.cases.get(caseId);
    if (!c) return { case: null, siblings: [] };
    const siblings = await repos.cases.siblingsOf(c);
    return { case: c, siblings: siblings.map(summarizeCase) };
  }, [repos, caseId]);
}
