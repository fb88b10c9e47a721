import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/en';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import type { Locale } from '../../../shared/messages/Locale';
import { useLocaleStore } from '../i18n/localeStore';

/** The dayjs locale of each UI language: month and weekday names in the date pickers. */
const DAYJS_LOCALE = { 'zh-CN': 'zh-cn', en: 'en' } as const satisfies Record<Locale, string>;

/**
 * Date pickers speak the UI language, not the browser's: Chromium would show its own locale's calendar and
 * format. Weeks start on Monday, as Chinese calendars and court schedules do.
 */
export function LocaleDatesProvider({ children }: { children: ReactNode }) {
  const locale = useLocaleStore((s) => s.locale);
  return (
    <DatesProvider settings={{ locale: DAYJS_LOCALE[locale], firstDayOfWeek: 1 }}>{children}</DatesProvider>
  );
}
