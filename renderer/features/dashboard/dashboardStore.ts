import { create } from 'zustand';
import type { ReportPeriod } from '../../../shared/reports/reportPeriod';

type DashboardState = {
  /** The period shown; null until the lead picks one: then the current half-year, as the court reports. */
  period: ReportPeriod | null;
  setPeriod: (period: ReportPeriod) => void;
};

/** UI state of the dashboard: the chosen period survives leaving the page and coming back. */
export const useDashboardStore = create<DashboardState>()((set) => ({
  period: null,
  setPeriod: (period) => set({ period }),
}));
