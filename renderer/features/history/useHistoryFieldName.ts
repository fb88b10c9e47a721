import { useT } from '../../app/i18n/useT';
import { zhCN, type MessageKey } from '../../app/i18n/zhCN';
import { useFieldName } from '../sync/useFieldName';

/**
 * A field's name for people, for any synced record (case, visit, incident, asset…): the history catalog's
 * label, else the sync screens' label, else the field's own name (a field added by a later version of the
 * app still shows, just untranslated).
 */
export function useHistoryFieldName(): (field: string) => string {
  const t = useT();
  const syncFieldName = useFieldName();
  return (field) => {
    const key = `history.field.${field}`;
    return Object.hasOwn(zhCN, key) ? t(key as MessageKey) : syncFieldName(field);
  };
}
