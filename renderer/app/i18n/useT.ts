import { useMemo } from 'react';
import { messageText } from '../../../shared/messages/messageText';
import { useLocaleStore } from './localeStore';
import { translate, type Params } from './translate';
import type { MessageKey } from './zhCN';

export type T = ((key: MessageKey, params?: Params) => string) & {
  /** The text of a domain or protocol code (shared/messages); an unknown code passes through. */
  code: (code: string, params?: Params) => string;
};

/** The translate function for the current language (stable until the language changes). */
export function useT(): T {
  const locale = useLocaleStore((s) => s.locale);
  return useMemo(
    () =>
      Object.assign((key: MessageKey, params?: Params) => translate(locale, key, params), {
        code: (code: string, params?: Params) => messageText(code, locale, params),
      }),
    [locale],
  );
}
