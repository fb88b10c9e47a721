import { useMemo } from 'react';
import { normaliseQuery } from '../../data/repositories/caseRepository';
import { useLive } from '../../data/useLive';
import { useServices } from '../../app/services/servicesContext';
import { useCaseListStore } from './caseListStore';
import { filterCases } from './filterCases';

/** Rows painted before the whole list has loaded: one screenful and a little more. */
const FIRST_PAGE = 60;

/**
 * The case list: every summary (live), filtered by the search box and filters. The first screenful is read
 * through the acceptance-date index and painted at once; the full list (for search and scrolling) loads
 * beside it. Filtering 50,000 rows in memory takes a few milliseconds, so it runs on every keystroke.
 */
export function useCaseList() {
  const { repos } = useServices();
  const firstPage = useLive(() => repos.cases.firstSummaries(FIRST_PAGE), [repos]);
  const total = useLive(() => repos.cases.count(), [repos]);
  const all = useLive(() => repos.cases.listSummaries(), [repos]);
  const query = useCaseListStore((s) => s.query);
  const type = useCaseListStore((s) => s.type);
  const status = useCaseListStore((s) => s.status);
  const isFiltered = query.trim() !== '' || type !== 'all' || status !== 'all';
  const rows = useMemo(() => {
    if (all) return filterCases(all, { query: normaliseQuery(query), type, status });
    return isFiltered ? undefined : firstPage;
  }, [all, firstPage, isFiltered, query, type, status]);
  return {
    rows,
    total: all?.length ?? total ?? 0,
    isLoading: rows === undefined,
    isComplete: all !== undefined,
  };
}
