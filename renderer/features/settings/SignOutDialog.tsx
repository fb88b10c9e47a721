import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useT } from '../../app/i18n/useT';
import type { UnsentWork } from '../../data/vaults/unsentWork';
import { unsentWorkParams } from './unsentWorkText';

/**
 * Shown when signing out would delete work the court server does not have: it names it, and offers to
 * sync first or to sign out keeping everything locked on this laptop. There is no "delete anyway".
 */
export function SignOutDialog({
  work,
  isBusy,
  onSyncFirst,
  onKeepLocked,
  onCancel,
}: {
  work: UnsentWork | null;
  isBusy: boolean;
  onSyncFirst: () => void;
  onKeepLocked: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <Modal opened={work !== null} onClose={onCancel} title={t('signOut.unsentTitle')} centered>
      {work && (
        <Stack gap="sm">
          <Alert color="orange" variant="light" data-testid="sign-out-unsent">
            {t('signOut.unsentBody', unsentWorkParams(t, work))}
          </Alert>
          <Text size="sm" c="dimmed">
            {t('signOut.keepLockedHint')}
          </Text>
          <Group justify="flex-end">
            <Button variant="subtle" onClick={onCancel} disabled={isBusy}>
              {t('signOut.cancel')}
            </Button>
            <Button
              variant="default"
              onClick={onKeepLocked}
              disabled={isBusy}
              data-testid="sign-out-keep-locked"
            >
              {t('signOut.keepLocked')}
            </Button>
            <Button onClick={onSyncFirst} loading={isBusy} data-testid="sign-out-sync-first">
              {t('signOut.syncFirst')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
