import { useMemo } from 'react';
import {
  lastDayOf,
  periodKey,
  periodOf,
  periodRange,
  periodsBetween,
  type PeriodKind,
  type ReportPeriod,
} from '../../../shared/reports/reportPeriod';
import { localToday } from '../inventory/localToday';
import { useDashboardStore } from './dashboardStore';

/**
 * The chosen period and the periods on offer: from the one holding the earliest case on the device to the
 * current one. Changing the length keeps the lead where they were: from 2025 H1 to quarters lands on 2025 Q2
 * (the quarter holding the half-year's last day, or today if that is still ahead).
 */
export function usePeriodSelection(earliest: string | null) {
  const today = localToday();
  const stored = useDashboardStore((s) => s.period);
  const setPeriod = useDashboardStore((s) => s.setPeriod);
  const period = useMemo(() => stored ?? periodOf('half', today), [stored, today]);

  const periods = useMemo(() => {
    const list = periodsBetween(period.kind, earliest ?? today, today);
    // A period chosen earlier may lie outside today's data (cases revoked since): keep it selectable.
    if (list.some((p) => periodKey(p) === periodKey(period))) return list;
    const from = (p: ReportPeriod) => periodRange(p).from;
    return [period, ...list].sort((a, b) => (from(a) < from(b) ? 1 : -1));
  }, [period, earliest, today]);

  return {
    period,
    periods,
    today,
    setPeriod,
    setKind(kind: PeriodKind) {
      const last = lastDayOf(periodRange(period));
      setPeriod(periodOf(kind, last < today ? last : today));
    },
    setPeriodKey(key: string) {
      const next = periods.find((p) => periodKey(p) === key);
      if (next) setPeriod(next);
    },
  };
}
