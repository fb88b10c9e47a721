import { CASE_TYPES } from '../../../shared/domain/caseType';
import { CLOSING_MODES } from '../../../shared/domain/closingMode';
import type { CaseFigures, TeamFigures } from '../../../shared/reports/teamFigures';
import type { ExportSheet, ExportValue } from '../../../shared/spreadsheet/writeXlsx';
import type { Params } from '../../app/i18n/translate';
import type { MessageKey } from '../../app/i18n/zhCN';

type Translate = (key: MessageKey, params?: Params) => string;

/**
 * The dashboard's figures for one period as sheets, exactly as computed (integer fen written as yuan, exact
 * day averages): the headline figures, the court's table by case type with its 合计, the trend (its dates
 * as dates, up to today), closing modes and visits per officer.
 */
export function dashboardSheets(
  figures: TeamFigures,
  period: { label: string; range: string },
  today: string,
  t: Translate,
): ExportSheet[] {
  const titleLines = [`${t('dashboard.title')} · ${period.label}`, period.range];
  const typeRow = (label: string, f: CaseFigures): ExportValue[] => [
    label,
    f.accepted,
    f.closed,
    f.recoveredFen,
    f.averageDaysToClose,
  ];
  const count = t('dashboard.export.count');
  return [
    {
      name: t('dashboard.export.summary'),
      titleLines,
      columns: [
        { header: t('dashboard.export.item'), kind: 'text', width: 20 },
        { header: count, kind: 'integer', width: 10 },
        { header: t('dashboard.export.amount'), kind: 'yuan' },
        { header: t('dashboard.export.days'), kind: 'decimal' },
      ],
      rows: [
        [t('dashboard.stat.accepted'), figures.total.accepted, null, null],
        [t('dashboard.stat.closed'), figures.total.closed, null, null],
        [t('dashboard.stat.recovered'), null, figures.total.recoveredFen, null],
        [t('dashboard.stat.avgDays'), null, null, figures.total.averageDaysToClose],
        [t('dashboard.stat.visits'), figures.visitsInPeriod, null, null],
        [t('dashboard.stat.transferFlags'), figures.transferFlagsInPeriod, null, null],
        [t('dashboard.stat.openConflicts'), figures.openConflicts, null, null],
        [t('dashboard.stat.returnedWaiting'), figures.returnedVisitsWaiting, null, null],
      ],
    },
    {
      name: t('dashboard.export.byType'),
      titleLines: [...titleLines, t('dashboard.table.title')],
      columns: [
        { header: t('dashboard.col.type'), kind: 'text', width: 14 },
        { header: t('dashboard.col.accepted'), kind: 'integer', width: 12 },
        { header: t('dashboard.col.closed'), kind: 'integer', width: 12 },
        { header: t('dashboard.col.recovered'), kind: 'yuan', width: 20 },
        { header: t('dashboard.col.avgDays'), kind: 'decimal', width: 14 },
      ],
      rows: [
        ...CASE_TYPES.map((type) => typeRow(t(`caseType.${type}`), figures.byType[type])),
        typeRow(t('dashboard.total'), figures.total),
      ],
    },
    {
      name: t('dashboard.export.trend'),
      titleLines,
      columns: [
        { header: t('dashboard.export.date'), kind: 'date' },
        { header: t('dashboard.series.accepted'), kind: 'integer' },
        { header: t('dashboard.series.closed'), kind: 'integer' },
      ],
      rows: figures.trend.filter((p) => p.from <= today).map((p) => [p.from, p.accepted, p.closed]),
    },
    {
      name: t('dashboard.chart.closingModes'),
      titleLines,
      columns: [
        { header: t('dashboard.chart.closingModes'), kind: 'text', width: 20 },
        { header: count, kind: 'integer' },
      ],
      rows: CLOSING_MODES.map((m) => [t(`closingMode.${m}`), figures.closedByMode[m]]),
    },
    {
      name: t('dashboard.export.visits'),
      titleLines,
      columns: [
        { header: t('dashboard.export.officer'), kind: 'text', width: 12 },
        { header: t('dashboard.series.visits'), kind: 'integer' },
      ],
      rows: figures.visitsByOfficer.map((o) => [o.name, o.visits]),
    },
  ];
}
