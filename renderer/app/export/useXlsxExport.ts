import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import type { ExportSheet } from '../../../shared/spreadsheet/writeXlsx';
import { logger } from '../../logger';
import { downloadFile } from '../../platform/downloadFile';
import { useT } from '../i18n/useT';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Exports sheets as an .xlsx download and says so. The workbook writer (and the spreadsheet library behind
 * it) is loaded on demand, from the offline cache like every file of the build; building the sheets is the
 * caller's pure function, run only when the person asks.
 */
export function useXlsxExport(): {
  exportXlsx: (fileName: string, build: () => readonly ExportSheet[]) => Promise<void>;
  isExporting: boolean;
} {
  const t = useT();
  const [isExporting, setExporting] = useState(false);
  const exportXlsx = useCallback(
    async (fileName: string, build: () => readonly ExportSheet[]) => {
      setExporting(true);
      try {
        const { writeXlsx } = await import('../../../shared/spreadsheet/writeXlsx');
        downloadFile(fileName, writeXlsx(build()), XLSX_TYPE);
        notifications.show({ color: 'teal', message: t('export.done', { file: fileName }) });
      } catch (error) {
        logger.warn('xlsx export failed', error);
        notifications.show({ color: 'red', autoClose: false, message: t('export.failed') });
      } finally {
        setExporting(false);
      }
    },
    [t],
  );
  return { exportXlsx, isExporting };
}
