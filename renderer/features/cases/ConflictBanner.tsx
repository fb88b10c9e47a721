import { Alert } from '@mantine/core';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { ConflictTable } from '../../components/ConflictTable';
import { useLive } from '../../data/useLive';
import { useFieldName } from '../sync/useFieldName';

/** Shown on a record with open conflicts: both values are kept until a person resolves them. */
export function ConflictBanner({ entityId }: { entityId: string }) {
  const t = useT();
  const { repos } = useServices();
  const fieldName = useFieldName();
  const conflicts = useLive(() => repos.sync.conflictsFor(entityId), [repos, entityId], []);
  if (conflicts.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('conflict.banner', { count: conflicts.length })}
      data-testid="conflict-banner"
    >
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
    </Alert>
  );
}
