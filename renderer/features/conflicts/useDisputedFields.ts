import type { SyncConflict } from '../../../shared/sync/protocol';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { useLive } from '../../data/useLive';
import { useFieldName } from '../../app/i18n/useFieldName';

const NONE: readonly SyncConflict[] = [];

/**
 * The open conflicts of these records, live, and their fields named for people ("调查情况、妨害执行行为·经过"):
 * a record with any is disputed. The first id is the main record; fields of the others name their record.
 */
export function useDisputedFields(entityIds: readonly string[]): {
  conflicts: readonly SyncConflict[];
  fields: string;
} {
  const t = useT();
  const { repos } = useServices();
  const fieldName = useFieldName();
  const key = entityIds.join('\u0001');
  const conflicts = useLive(
    () => repos.conflicts.forRecords(key === '' ? [] : key.split('\u0001')),
    [repos, key],
    NONE,
  );
  const mainId = entityIds[0];
  const names = conflicts.map((c) => {
    const field = c.kind === 'field' ? fieldName(c.field) : t('conflicts.deletion', { reason: '…' });
    return c.entityId === mainId ? field : `${t(`entity.${c.entity}`)}·${field}`;
  });
  return { conflicts, fields: [...new Set(names)].join(t('punct.list')) };
}
