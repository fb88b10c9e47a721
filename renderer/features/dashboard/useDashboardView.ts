import { useMemo } from 'react';
import { CASE_TYPES } from '../../../shared/domain/caseType';
import { CLOSING_MODES, type ClosingMode } from '../../../shared/domain/closingMode';
import { formatWanYuan, formatYuan } from '../../../shared/domain/money';
import type { CaseFigures, TeamFigures } from '../../../shared/reports/teamFigures';
import { useT } from '../../app/i18n/useT';
import type { CaseTypeFiguresRow } from '../../components/dashboard/CaseTypeFiguresTable';
import type { ClosingModeSlice } from '../../components/dashboard/ClosingModeChart';
import { useMonthName } from './useMonthName';

const MODE_COLORS: Record<ClosingMode, string> = {
  terminated_this_round: 'orange.6',
  fully_performed: 'teal.6',
  settlement: 'blue.6',
  terminated: 'gray.6',
};

/**
 * Turns computed figures into the text and rows the dashboard's pieces show, in the current language. The
 * trend stops at `today`: months still ahead would draw as a fall to zero.
 */
export function useDashboardView(figures: TeamFigures | undefined, today: string) {
  const t = useT();
  const monthName = useMonthName();
  return useMemo(() => {
    if (!figures) return undefined;
    const money = (fen: number) => t('dashboard.money', { wan: formatWanYuan(fen), yuan: formatYuan(fen) });
    // Days are shown to one decimal: the exact sum stays in the figures, this is only its display.
    const days = (avg: number | null) =>
      avg === null ? t('dashboard.none') : t('dashboard.days', { days: avg.toFixed(1) });
    const tableRow = (key: string, label: string, f: CaseFigures): CaseTypeFiguresRow => ({
      key,
      label,
      accepted: f.accepted,
      closed: f.closed,
      recovered: formatYuan(f.recoveredFen),
      averageDays: f.averageDaysToClose === null ? t('dashboard.none') : f.averageDaysToClose.toFixed(1),
    });
    const modes: ClosingModeSlice[] = CLOSING_MODES.map((m) => ({
      key: m,
      label: t(`closingMode.${m}`),
      count: figures.closedByMode[m],
      color: MODE_COLORS[m],
    }));
    return {
      money,
      days,
      typeBars: CASE_TYPES.map((type) => ({
        label: t(`caseType.${type}`),
        accepted: figures.byType[type].accepted,
        closed: figures.byType[type].closed,
      })),
      trendRows: figures.trend
        .filter((p) => p.from <= today)
        .map((p) => ({
          label:
            p.unit === 'day'
              ? t('dashboard.dayOfMonth', { day: Number(p.from.slice(8, 10)) })
              : monthName(Number(p.from.slice(5, 7))),
          accepted: p.accepted,
          closed: p.closed,
        })),
      officerBars: figures.visitsByOfficer.map((o) => ({ name: o.name, visits: o.visits })),
      modes,
      tableRows: CASE_TYPES.map((type) => tableRow(type, t(`caseType.${type}`), figures.byType[type])),
      tableTotal: tableRow('total', t('dashboard.total'), figures.total),
    };
  }, [figures, today, t, monthName]);
}
