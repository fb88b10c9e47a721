import { useDeferredValue, useMemo } from 'react';
import { normaliseQuery } from '../../data/repositories/caseRepository';
import { useLive } from '../../data/useLive';
import { useServices } from '../../app/services/servicesContext';
import { useCaseListStore } from './caseListStore';
import { filterCases } from './filterCases';

/** The case list: every summary (live), filtered by the search box and filters. */
export function useCaseList() {
  const { repos } = useServices();
  const all = useLive(() => repos.cases.listSummaries(), [repos]);
  const query = useCaseListStore((s) => s.query);
  const type = useCaseListStore((s) => s.type);
  const status = useCaseListStore((s) => s.status);
  // Typing stays responsive: filtering a large list may lag a keystroke behind, never block it.
  const deferredQuery = useDeferredValue(query);
  const rows = useMemo(
    () => (all ? filterCases(all, { query: normaliseQuery(deferredQuery), type, status }) : undefined),
    [all, deferredQuery, type, status],
  );
  return { rows, total: all?.length ?? 0, isLoading: all === undefined, appliedQuery: deferredQuery };
}
