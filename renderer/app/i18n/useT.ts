import { useMemo } from 'react';
import { validationMessage } from '../../../shared/validation/messages';
import { useLocaleStore } from './localeStore';
import { translate, type Params } from './translate';
import type { MessageKey } from './zhCN';

export type T = ((key: MessageKey, params?: Params) => string) & { validation: (code: string) => string };

/** The translate function for the current language (stable until the language changes). */
export function useT(): T {
  const locale = useLocaleStore((s) => s.locale);
  return useMemo(
    () =>
      Object.assign((key: MessageKey, params?: Params) => translate(locale, key, params), {
        validation: (code: string) => validationMessage(code, locale),
      }),
    [locale],
  );
}
