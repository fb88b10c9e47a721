import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Locale } from '../../../shared/validation/messages';

type LocaleState = { locale: Locale; setLocale: (locale: Locale) => void };

/** UI language; Chinese first, remembered per device. */
export const useLocaleStore = create<LocaleState>()(
  persist((set) => ({ locale: 'zh-CN', setLocale: (locale) => set({ locale }) }), {
    name: 'fieldwrit.locale',
  }),
);
