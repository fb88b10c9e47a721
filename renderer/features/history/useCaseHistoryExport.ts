import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { openHistoryClient } from '../../sync/historyClient';
import { downloadJson } from './downloadJson';
import { exportFileName } from './exportFileName';
import { toHistoryFailure } from './historyFailure';
import { useHistoryFailureText } from './useHistoryFailureText';

/**
 * Downloads the full history of a case and every record inside it, as the court server exports it
 * (each record's chain verified at export time), and says so — or why not.
 */
export function useCaseHistoryExport(caseId: string): {
  exportJson: () => Promise<void>;
  isExporting: boolean;
} {
  const { court } = useServices();
  const t = useT();
  const failureText = useHistoryFailureText();
  const [isExporting, setExporting] = useState(false);
  const exportJson = useCallback(async () => {
    setExporting(true);
    try {
      const client = await openHistoryClient(court);
      if (!client) {
        notifications.show({ color: 'yellow', message: failureText({ kind: 'signedOut' }) });
        return;
      }
      const exported = await client.caseExport(caseId);
      const file = exportFileName(exported.caseNumber, exported.exportedAt);
      downloadJson(file, exported);
      notifications.show({ color: 'teal', message: t('history.exported', { file }) });
    } catch (error) {
      notifications.show({ color: 'red', autoClose: false, message: failureText(toHistoryFailure(error)) });
    } finally {
      setExporting(false);
    }
  }, [caseId, court, failureText, t]);
  return { exportJson, isExporting };
}
