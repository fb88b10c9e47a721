import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Locale } from '../../../shared/messages/Locale';

type LocaleState = { locale: Locale; setLocale: (locale: Locale) => void };

/** UI language; Chinese first, remembered per device. */
export const useLocaleStore = create<LocaleState>()(
  persist((set) => ({ locale: 'zh-CN', setLocale: (locale) => set({ locale }) }), {
    name: 'fieldwrit.locale',
  }),
);

/**
 * `<html lang>` follows the UI language, so screen readers, hyphenation and the browser's font choice for
 * Han characters read the page in the language it is shown in.
 */
function applyDocumentLanguage(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
applyDocumentLanguage(useLocaleStore.getState().locale);
useLocaleStore.subscribe((s) => applyDocumentLanguage(s.locale));
