import type { CaseSummary } from '../../../shared/domain/caseSummary';
import type { ExportSheet } from '../../../shared/spreadsheet/writeXlsx';
import type { Params } from '../../app/i18n/translate';
import type { MessageKey } from '../../app/i18n/zhCN';
import type { CaseFilter } from './filterCases';

/**
 * The case list as filtered on screen, as a sheet: the list's columns with acceptance dates as dates and
 * what is outstanding in yuan, under a title saying when it was exported and with which filter.
 */
export function caseListSheet(
  rows: readonly CaseSummary[],
  filter: CaseFilter,
  today: string,
  t: (key: MessageKey, params?: Params) => string,
): ExportSheet {
  const isFiltered = filter.query.trim() !== '' || filter.type !== 'all' || filter.status !== 'all';
  return {
    name: t('cases.export.sheet'),
    titleLines: [
      t('cases.export.title'),
      t('cases.export.exportedOn', { date: today, count: rows.length }),
      ...(isFiltered
        ? [
            t('cases.export.filter', {
              type: filter.type === 'all' ? t('cases.all') : t(`caseType.${filter.type}`),
              status: filter.status === 'all' ? t('cases.all') : t(`caseStatus.${filter.status}`),
              query: filter.query.trim() === '' ? t('cases.export.noQuery') : filter.query.trim(),
            }),
          ]
        : []),
    ],
    columns: [
      { header: t('cases.col.number'), kind: 'text', width: 26 },
      { header: t('cases.col.type'), kind: 'text', width: 10 },
      { header: t('cases.col.status'), kind: 'text', width: 10 },
      { header: t('cases.col.respondent'), kind: 'text', width: 30 },
      { header: t('cases.col.applicant'), kind: 'text', width: 30 },
      { header: t('cases.col.accepted'), kind: 'date' },
      { header: t('cases.col.outstanding'), kind: 'yuan' },
    ],
    rows: rows.map((c) => [
      c.caseNumber,
      t(`caseType.${c.type}`),
      t(`caseStatus.${c.status}`),
      c.respondentName,
      c.applicantName,
      c.acceptedOn,
      c.outstandingFen,
    ]),
  };
}
