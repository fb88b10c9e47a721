import { useCallback } from 'react';
import type { ReportPeriod } from '../../../shared/reports/reportPeriod';
import { unreachable } from '../../../shared/util/assert';
import { useT } from '../../app/i18n/useT';
import { useMonthName } from './useMonthName';

/** Names a period as people say it: "2025年上半年" / "H1 2025", "2025年第3季度" / "Q3 2025". */
export function usePeriodLabel(): (p: ReportPeriod) => string {
  const t = useT();
  const monthName = useMonthName();
  return useCallback(
    (p: ReportPeriod) => {
      switch (p.kind) {
        case 'month':
          return t('dashboard.periodLabel.month', {
            year: p.year,
            index: p.index,
            monthName: monthName(p.index),
          });
        case 'quarter':
          return t('dashboard.periodLabel.quarter', { year: p.year, index: p.index });
        case 'half':
          return t(p.index === 1 ? 'dashboard.periodLabel.half1' : 'dashboard.periodLabel.half2', {
            year: p.year,
          });
        case 'year':
          return t('dashboard.periodLabel.year', { year: p.year });
        default:
          return unreachable(p.kind);
      }
    },
    [t, monthName],
  );
}
