import { useT } from '../../app/i18n/useT';
import type { MessageKey } from '../../app/i18n/zhCN';

const FIELD_KEYS: Record<string, MessageKey> = {
  status: 'edit.status',
  closingMode: 'edit.closingMode',
  closedOn: 'case.closedOn',
  recoveredFen: 'case.recovered',
  notes: 'edit.notes',
  officers: 'case.officers',
};

/** A synced field's name for people. */
export function useFieldName(): (field: string) => string {
  const t = useT();
  return (field) => {
    const key = FIELD_KEYS[field];
    return key ? t(key) : field;
  };
}
