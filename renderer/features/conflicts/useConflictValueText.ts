import { useCallback } from 'react';
import type { Json } from '../../../shared/sync/mutation';
import type { SyncConflict } from '../../../shared/sync/protocol';
import { useT } from '../../app/i18n/useT';
import { useFieldName } from '../../app/i18n/useFieldName';
import { useHistoryValue } from '../history/useHistoryValue';

type Side = 'base' | 'mine' | 'theirs';

const asObject = (v: Json): Record<string, Json> | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? v : null;

/**
 * A side of a conflict in words: the field's value as the history shows it (names, yuan, local times), and
 * for a deletion against an edit, "delete (reason)" or the edited fields.
 */
export function useConflictValueText(): (conflict: SyncConflict, side: Side) => string {
  const t = useT();
  const value = useHistoryValue();
  const fieldName = useFieldName();
  return useCallback(
    (conflict, side) => {
      const v = conflict[side];
      if (conflict.kind === 'field') {
        const text = value(conflict.entity, conflict.field, v);
        return text === '—' ? t('conflicts.empty') : text;
      }
      const o = asObject(v);
      if (o?.deleted === true)
        return t('conflicts.deletion', { reason: typeof o.reason === 'string' ? o.reason : '—' });
      const changes = asObject(o?.changes ?? null);
      if (changes) {
        const list = Object.entries(changes).map(
          ([f, to]) => `${fieldName(f)}${t('punct.colon')}${value(conflict.entity, f, to)}`,
        );
        return t('conflicts.editWhileDeleted', { changes: list.join(t('punct.clauses')) });
      }
      return t('conflicts.notDeleted');
    },
    [t, value, fieldName],
  );
}
