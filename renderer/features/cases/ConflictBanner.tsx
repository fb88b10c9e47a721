import { Alert } from '@mantine/core';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { useLive } from '../../data/useLive';
import { ConflictList } from '../sync/ConflictList';

/** Shown on a record with open conflicts: both values are kept until a person resolves them. */
export function ConflictBanner({ entityId }: { entityId: string }) {
  const t = useT();
  const { repos } = useServices();
  const conflicts = useLive(() => repos.sync.conflictsFor(entityId), [repos, entityId], []);
  if (conflicts.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('conflict.banner', { count: conflicts.length })}
      data-testid="conflict-banner"
    >
      <ConflictList conflicts={conflicts} />
    </Alert>
  );
}
