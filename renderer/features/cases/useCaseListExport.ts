import { useCallback } from 'react';
import type { CaseSummary } from '../../../shared/domain/caseSummary';
import { useXlsxExport } from '../../app/export/useXlsxExport';
import { xlsxFileName } from '../../app/export/xlsxFileName';
import { useT } from '../../app/i18n/useT';
import { localToday } from '../inventory/localToday';
import { caseListSheet } from './caseListSheet';
import { useCaseListStore } from './caseListStore';

/**
 * Exports the case list as filtered on screen. `rows` is undefined until the whole list has loaded: the
 * first screenful alone is not "the list as filtered", so the export waits for it.
 */
export function useCaseListExport(rows: readonly CaseSummary[] | undefined) {
  const t = useT();
  const { exportXlsx, isExporting } = useXlsxExport();
  const query = useCaseListStore((s) => s.query);
  const type = useCaseListStore((s) => s.type);
  const status = useCaseListStore((s) => s.status);
  const run = useCallback(() => {
    if (rows === undefined) return;
    const today = localToday();
    void exportXlsx(xlsxFileName(t('cases.export.title'), today), () => [
      caseListSheet(rows, { query, type, status }, today, t),
    ]);
  }, [rows, query, type, status, exportXlsx, t]);
  return { run, isExporting, isReady: rows !== undefined };
}
