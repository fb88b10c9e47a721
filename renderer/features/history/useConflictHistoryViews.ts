import type { HistoryConflict } from '../../../shared/history/recordHistory';
import type { SyncedEntity } from '../../../shared/sync/mutation';
import { useT } from '../../app/i18n/useT';
import type { ConflictHistoryView } from '../../components/history/ConflictHistoryList';
import { formatAuditTime } from './formatAuditTime';
import { useFieldName } from '../../app/i18n/useFieldName';
import { useHistoryValue } from './useHistoryValue';

/** A record's conflicts as the history shows them: base, the edit set aside, the value in force, the decision. */
export function useConflictHistoryViews(): (
  entity: SyncedEntity,
  conflicts: readonly HistoryConflict[],
) => ConflictHistoryView[] {
  const t = useT();
  const fieldName = useFieldName();
  const value = useHistoryValue();
  return (entity, conflicts) =>
    conflicts.map((c) => {
      const show = (v: HistoryConflict['base']) =>
        c.kind === 'field' ? value(entity, c.field, v) : JSON.stringify(v);
      return {
        id: c.id,
        title:
          c.kind === 'field'
            ? t('history.conflicts.field', { field: fieldName(c.field) })
            : t('history.conflicts.deleteVsEdit'),
        status: t(`history.conflicts.status.${c.status}`),
        isOpen: c.status === 'open',
        rows: [
          { key: 'base', label: t('history.conflicts.base'), value: show(c.base), by: '' },
          {
            key: 'mine',
            label: t('history.conflicts.mine'),
            value: show(c.mine),
            by: t('history.conflicts.openedAt', { name: c.mineBy.name, time: formatAuditTime(c.openedAt) }),
          },
          {
            key: 'theirs',
            label: t('history.conflicts.theirs'),
            value: show(c.theirs),
            by: c.theirsBy?.name ?? '',
          },
          ...(c.status === 'resolved'
            ? [
                {
                  key: 'resolution',
                  label: t('history.conflicts.resolution'),
                  value: show(c.resolution),
                  by: c.closedBy?.name ?? '',
                },
              ]
            : []),
        ],
        decision:
          c.status === 'resolved' && c.closedAt
            ? t('history.conflicts.decided', {
                time: formatAuditTime(c.closedAt),
                name: c.closedBy?.name ?? '',
                reason: c.reason ?? '—',
              })
            : null,
      };
    });
}
