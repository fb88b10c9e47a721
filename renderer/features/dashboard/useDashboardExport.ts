import { useCallback } from 'react';
import type { TeamFigures } from '../../../shared/reports/teamFigures';
import { useXlsxExport } from '../../app/export/useXlsxExport';
import { xlsxFileName } from '../../app/export/xlsxFileName';
import { useT } from '../../app/i18n/useT';
import { dashboardSheets } from './dashboardSheets';

/** Exports the figures of the period on screen as .xlsx; nothing to export while they are computed. */
export function useDashboardExport(
  figures: TeamFigures | undefined,
  period: { label: string; range: string },
  today: string,
) {
  const t = useT();
  const { exportXlsx, isExporting } = useXlsxExport();
  const run = useCallback(() => {
    if (figures === undefined) return;
    void exportXlsx(xlsxFileName(t('dashboard.title'), period.label, today), () =>
      dashboardSheets(figures, period, today, t),
    );
  }, [figures, period, today, exportXlsx, t]);
  return { run, isExporting, isReady: figures !== undefined };
}
