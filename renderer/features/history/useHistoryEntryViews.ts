import type { HistoryEntry } from '../../../shared/history/recordHistory';
import type { SyncedEntity } from '../../../shared/sync/mutation';
import { useT } from '../../app/i18n/useT';
import type { HistoryEntryView } from '../../components/history/historyEntryView';
import { formatAuditTime } from './formatAuditTime';
import { useFieldName } from '../../app/i18n/useFieldName';
import { useHistoryValue } from './useHistoryValue';

/** Words a version for the history components (timeline and printed sheet). */
export function useHistoryEntryViews(): (
  entity: SyncedEntity,
  versions: readonly HistoryEntry[],
  order: 'oldestFirst' | 'newestFirst',
) => HistoryEntryView[] {
  const t = useT();
  const fieldName = useFieldName();
  const valueText = useHistoryValue();

  const action = (entry: HistoryEntry): string => {
    if (entry.deletionChange === 'deleted') return t('history.deleted');
    if (entry.deletionChange === 'restored') return t('history.restored');
    if (entry.origin === 'admin') return t('history.op.admin');
    return entry.op === null ? t('history.op.patch') : t(`history.op.${entry.op}`);
  };

  const view = (entity: SyncedEntity, entry: HistoryEntry): HistoryEntryView => {
    const isCreation = entry.version === 1;
    return {
      key: `${entry.version}`,
      version: entry.version,
      heading: t('history.version', { n: entry.version }),
      action: action(entry),
      isNotable: entry.deletionChange !== null || entry.op === 'resolveConflict',
      author:
        entry.author?.name ??
        (entry.origin === 'admin' ? t('history.adminOrigin') : t('history.unknownAuthor')),
      serverTime: formatAuditTime(entry.serverTime),
      deviceTime: entry.deviceTime === null ? null : formatAuditTime(entry.deviceTime),
      device: entry.device?.name ?? null,
      reason: entry.reason,
      deletion:
        entry.deletion === null
          ? null
          : [t('history.deleted'), entry.deletion.reason]
              .filter((part) => part !== null)
              .join(t('punct.colon')),
      isCreation,
      changesSummary: isCreation
        ? t('history.createdWith', { n: entry.changes.length })
        : entry.changes.length === 0
          ? t('history.noFieldChanges')
          : null,
      changes: entry.changes.map((change) => ({
        key: `${entry.version}-${change.field}`,
        label: fieldName(change.field),
        before: valueText(entity, change.field, change.from),
        after: valueText(entity, change.field, change.to),
      })),
      hash: entry.hash,
    };
  };

  return (entity, versions, order) => {
    const views = versions.map((entry) => view(entity, entry));
    return order === 'newestFirst' ? views.reverse() : views;
  };
}
