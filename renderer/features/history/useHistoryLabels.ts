import { useT } from '../../app/i18n/useT';
import type { HistoryLabels } from '../../components/history/historyEntryView';

/** The fixed words of the history components, in the current language. */
export function useHistoryLabels(): HistoryLabels {
  const t = useT();
  return {
    serverTime: t('history.serverTime'),
    deviceTime: t('history.deviceTime'),
    device: t('history.device'),
    reason: t('history.reason'),
    hash: t('history.hash'),
    field: t('history.col.field'),
    from: t('history.col.from'),
    to: t('history.col.to'),
    colon: t('punct.colon'),
  };
}
