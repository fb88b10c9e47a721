import { useT } from '../../app/i18n/useT';
import { DisputedBadge } from '../../components/conflicts/DisputedBadge';
import { useDisputedFields } from './useDisputedFields';

/**
 * The Disputed badge of a record with open conflicts (nothing otherwise). `entityIds`: the record first,
 * then the records shown with it (a visit's incidents and items).
 */
export function DisputedMark({
  entityIds,
  size,
}: {
  entityIds: readonly string[];
  size?: 'sm' | 'md' | 'lg';
}) {
  const t = useT();
  const { conflicts, fields } = useDisputedFields(entityIds);
  if (conflicts.length === 0) return null;
  return (
    <DisputedBadge
      label={t('conflicts.disputed')}
      detail={t('conflicts.disputedFields', { fields })}
      {...(size ? { size } : {})}
    />
  );
}
