import type { SyncConflict } from '../../../shared/sync/protocol';
import { useT } from '../../app/i18n/useT';
import { ConflictTable } from '../../components/ConflictTable';
import { useFieldName } from './useFieldName';

/** Conflicts with translated headings and field names. */
export function ConflictList({ conflicts }: { conflicts: readonly SyncConflict[] }) {
  const t = useT();
  const fieldName = useFieldName();
  return (
    <ConflictTable
      conflicts={conflicts}
      fieldName={fieldName}
      labels={{
        field: t('sync.col.field'),
        base: t('sync.col.base'),
        mine: t('sync.col.mine'),
        theirs: t('sync.col.theirs'),
      }}
    />
  );
}
