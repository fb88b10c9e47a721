import { useMemo } from 'react';
import { messageText } from '../../../shared/messages/messageText';
import { visitsZhCN } from '../i18n/catalogs/visits.zhCN';
import { useLocaleStore } from '../i18n/localeStore';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/zhCN';

/**
 * Text for a code from the site-visit domain (shared/visits, assets, inventoryImport, validation) or from the
 * visit repositories (`visit.notEditable`, …, catalogued as `visits.code.<code>`), in the user's language.
 */
export function useCodeText(): (code: string) => string {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  return useMemo(
    () => (code: string) => {
      const key = `visits.code.${code}`;
      return Object.hasOwn(visitsZhCN, key) ? t(key as MessageKey) : messageText(code, locale);
    },
    [t, locale],
  );
}
