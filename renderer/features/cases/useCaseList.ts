import { useEffect, useMemo, useState } from 'react';
import { normaliseQuery } from '../../data/repositories/caseRepository';
import { useLive } from '../../data/useLive';
import { useServices } from '../../app/services/servicesContext';
import { useCaseListStore } from './caseListStore';
import { caseListTotal } from './caseListTotal';
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
  // The full list waits until the first screenful has painted: started together, its 50,000-row read
  // would queue in front of the small one and hold the first paint back by seconds.
  const [isFirstPainted, setFirstPainted] = useState(false);
  useEffect(() => {
    if (!firstPage || isFirstPainted) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setFirstPainted(true), 0));
    return () => cancelAnimationFrame(frame);
  }, [firstPage, isFirstPainted]);
  const all = useLive(
    () => (isFirstPainted ? repos.cases.listSummaries() : undefined),
    [repos, isFirstPainted],
  );
  // Live, so it follows writes that land while the list loads (a sync run's pull); unread is undefined.
  const counted = useLive(
    () => (isFirstPainted && !all ? repos.cases.count() : undefined),
    [repos, isFirstPainted, all === undefined],
  );
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
    total: caseListTotal(all, counted),
    isLoading: rows === undefined,
    isComplete: all !== undefined,
  };
}
