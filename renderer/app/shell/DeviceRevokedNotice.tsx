import { Alert } from '@mantine/core';
import { unsentWorkParams } from '../../features/settings/unsentWorkText';
import type { LockNotice } from '../boot/vaultState';
import { useT } from '../i18n/useT';

/**
 * Over the lock screen after the court server revoked this device: says so, and whether the vault was
 * deleted or is kept locked with unsent work (named, so nothing is lost without the officer knowing).
 */
export function DeviceRevokedNotice({ notice }: { notice: LockNotice }) {
  const t = useT();
  return (
    <Alert
      color="red"
      variant="filled"
      title={t('lock.deviceRevoked')}
      pos="fixed"
      top={16}
      left={16}
      right={16}
      style={{ zIndex: 300 }}
      role="alert"
      data-testid="device-revoked"
    >
      {notice.kept
        ? t('lock.deviceRevokedKept', unsentWorkParams(t, notice.kept))
        : t('lock.deviceRevokedRemoved')}
    </Alert>
  );
}
