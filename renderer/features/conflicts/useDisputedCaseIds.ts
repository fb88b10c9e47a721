import { useServices } from '../../app/services/servicesContext';
import { useLive } from '../../data/useLive';

const NONE: ReadonlySet<string> = new Set();

/** Ids of the cases on this device with open conflicts of their own, live: the case list marks them. */
export function useDisputedCaseIds(): ReadonlySet<string> {
  const { repos } = useServices();
  return useLive(() => repos.conflicts.disputedIds('case'), [repos], NONE);
}
