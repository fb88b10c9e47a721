import { useT } from './useT';
import { zhCN, type MessageKey } from './zhCN';

/**
 * A field's name for people, for any synced record (case, visit, incident, asset…), in the current
 * language (the `history.field.*` catalog); a field added by a later version of the app still shows,
 * under its own name.
 */
export function useFieldName(): (field: string) => string {
  const t = useT();
  return (field) => {
    const key = `history.field.${field}`;
    return Object.hasOwn(zhCN, key) ? t(key as MessageKey) : field;
  };
}
