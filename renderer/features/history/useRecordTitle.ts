import type { HistoryEntry } from '../../../shared/history/recordHistory';
import type { SyncedEntity } from '../../../shared/sync/mutation';
import { useT } from '../../app/i18n/useT';
import { latestRecordData } from './latestRecordData';
import { useHistoryValue } from './useHistoryValue';

/** Fields that name a record, best first ("车床 CA6140", "IMG_0012.jpg", "2025-06-03 09:00"). */
const NAMING_FIELDS = [
  'caseNumber',
  'name',
  'fileName',
  'bankName',
  'plateNumber',
  'companyName',
  'address',
  'location',
  'kind',
  'decision',
  'startedAt',
];

/** A heading for a record in the printed history: what kind of record, and which one. */
export function useRecordTitle(): (
  entity: SyncedEntity,
  entityId: string,
  versions: readonly HistoryEntry[],
) => string {
  const t = useT();
  const valueText = useHistoryValue();
  return (entity, entityId, versions) => {
    const data = latestRecordData(versions);
    const field = NAMING_FIELDS.find((f) => typeof data[f] === 'string' && data[f] !== '');
    const name = field ? valueText(entity, field, data[field]!) : entityId;
    return `${t(`history.entity.${entity}`)} · ${name}`;
  };
}
