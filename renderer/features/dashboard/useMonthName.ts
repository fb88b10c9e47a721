import { useCallback } from 'react';
import { useLocaleStore } from '../../app/i18n/localeStore';

/** A month's name in the current language ("7月", "Jul"). */
export function useMonthName(): (month: number) => string {
  const locale = useLocaleStore((s) => s.locale);
  return useCallback(
    (month: number) =>
      new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
        Date.UTC(2000, month - 1, 1),
      ),
    [locale],
  );
}
