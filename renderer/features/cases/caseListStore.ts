import { create } from 'zustand';
import type { CaseStatus } from '../../../shared/domain/caseStatus';
import type { CaseType } from '../../../shared/domain/caseType';

type CaseListState = {
  query: string;
  type: CaseType | 'all';
  status: CaseStatus | 'all';
  /** Index of the highlighted row (keyboard selection), kept when returning from a case. */
  selected: number;
  setQuery: (query: string) => void;
  setType: (type: CaseType | 'all') => void;
  setStatus: (status: CaseStatus | 'all') => void;
  setSelected: (selected: number) => void;
};

/** UI state of the case list (search and filters survive opening a case and coming back). */
export const useCaseListStore = create<CaseListState>()((set) => ({
  query: '',
  type: 'all',
  status: 'all',
  selected: 0,
  setQuery: (query) => set({ query, selected: 0 }),
  setType: (type) => set({ type, selected: 0 }),
  setStatus: (status) => set({ status, selected: 0 }),
  setSelected: (selected) => set({ selected }),
}));
