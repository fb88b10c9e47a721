import { useMemo } from 'react';
import { messageText } from '../../../shared/messages/messageText';
import { useLocaleStore } from '../../app/i18n/localeStore';
import type { Params } from '../../app/i18n/translate';
import { useT } from '../../app/i18n/useT';
import { zhCN, type MessageKey } from '../../app/i18n/zhCN';

/**
 * The inventory screens' texts: `t` for the catalog, and `code` for any message code they meet — the
 * inventory's own (`inventory.*`, in the catalog) or the shared domain's (assets, import, money, text).
 */
export function useInventoryText() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  return useMemo(
    () => ({
      t,
      locale,
      code: (code: string): string => (isMessageKey(code) ? t(code) : messageText(code, locale)),
      /** `code` for a catalog text with parameters (the row of an unclosed quote). */
      codeWith: (code: string, params: Params): string =>
        isMessageKey(code) ? t(code, params) : messageText(code, locale, params),
    }),
    [t, locale],
  );
}

/** Only the inventory's own codes are looked up in the catalog; hasOwn, because codes come from data. */
function isMessageKey(code: string): code is MessageKey {
  return code.startsWith('inventory.') && Object.hasOwn(zhCN, code);
}

export type InventoryText = ReturnType<typeof useInventoryText>;
