import { Button, Drawer } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHistory } from '@tabler/icons-react';
import type { SyncedEntity } from '../../../shared/sync/mutation';
import { useT } from '../../app/i18n/useT';
import { HistoryPanel } from './HistoryPanel';

type Props = { entity: SyncedEntity; entityId: string };

/**
 * A small "History" button that opens the record's history in a side drawer. The history is read from the
 * court server only while the drawer is open (the drawer mounts its content on opening).
 */
export function HistoryDrawerButton({ entity, entityId }: Props) {
  const t = useT();
  const [isOpen, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconHistory size={14} />}
        onClick={open}
        data-testid={`history-open-${entity}`}
      >
        {t('history.open')}
      </Button>
      <Drawer
        opened={isOpen}
        onClose={close}
        position="right"
        size="xl"
        title={`${t('history.drawerTitle')} · ${t(`history.entity.${entity}`)}`}
      >
        <HistoryPanel entity={entity} entityId={entityId} />
      </Drawer>
    </>
  );
}
