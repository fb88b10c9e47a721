import { useNavigate } from 'react-router';
import type { SyncConflict } from '../../../shared/sync/protocol';
import { useT } from '../../app/i18n/useT';
import { ConflictTable } from '../../components/ConflictTable';
import { useCanResolveConflicts } from '../conflicts/useCanResolveConflicts';
import { useFieldName } from '../../app/i18n/useFieldName';

/**
 * Conflicts with translated headings and field names, each opening its resolution screen (to decide, for
 * team leads; to look, for officers). `isRecordShown` adds which record each is on.
 */
export function ConflictList({
  conflicts,
  isRecordShown = false,
}: {
  conflicts: readonly SyncConflict[];
  isRecordShown?: boolean;
}) {
  const t = useT();
  const navigate = useNavigate();
  const fieldName = useFieldName();
  const canResolve = useCanResolveConflicts();
  return (
    <ConflictTable
      conflicts={conflicts}
      fieldName={fieldName}
      labels={{
        field: t('sync.col.field'),
        base: t('sync.col.base'),
        mine: t('sync.col.mine'),
        theirs: t('sync.col.theirs'),
        record: t('conflicts.col.record'),
        open: t(canResolve ? 'conflicts.open' : 'conflicts.view'),
      }}
      {...(isRecordShown ? { recordName: (c: SyncConflict) => t(`entity.${c.entity}`) } : {})}
      onOpen={(id) => navigate(`/conflicts/${id}`)}
    />
  );
}
