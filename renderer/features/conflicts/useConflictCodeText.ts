import { useCallback } from 'react';
import { conflictsZhCN } from '../../app/i18n/catalogs/conflicts.zhCN';
import { useT } from '../../app/i18n/useT';
import type { MessageKey } from '../../app/i18n/zhCN';
import { useCodeText } from '../../app/text/useCodeText';

/** Text for a code a resolution can fail with: the conflict screen's own, else the record's validation. */
export function useConflictCodeText(): (code: string) => string {
  const t = useT();
  const recordCodeText = useCodeText();
  return useCallback(
    (code) => {
      const key = `conflicts.code.${code}`;
      return Object.hasOwn(conflictsZhCN, key) ? t(key as MessageKey) : recordCodeText(code);
    },
    [t, recordCodeText],
  );
}
