import { useT } from '../../app/i18n/useT';
import type { RecordLabel } from '../../data/repositories/pendingWorkRepository';

/** A record for people: its kind, its own name, the visit's address and the case number, as known here. */
export function useRecordLabel(): (label: RecordLabel) => string {
  const t = useT();
  return (label) =>
    [t(`entity.${label.entity}`), label.title, label.visitAddress, label.caseNumber]
      .map((part) => part?.trim() ?? '')
      .filter((part) => part !== '')
      .join(' · ');
}
