import { useCallback } from 'react';
import { useLocaleStore } from '../../app/i18n/localeStore';
import { useT } from '../../app/i18n/useT';
import type { HistoryFailure } from './historyFailure';

/** What to tell the person when history could not be read: where it comes from and what to do. */
export function useHistoryFailureText(): (failure: HistoryFailure) => string {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  return useCallback(
    (failure: HistoryFailure) => {
      switch (failure.kind) {
        case 'signedOut':
          return t('history.signedOut');
        case 'offline':
          return t('history.offline');
        case 'notFound':
          return t('history.notFound');
        case 'failed':
          return t('history.failed', {
            message: failure.problem?.message[locale] ?? `HTTP ${failure.status}`,
          });
      }
    },
    [t, locale],
  );
}
