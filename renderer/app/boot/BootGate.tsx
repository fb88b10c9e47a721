import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { LockScreen } from '../../features/unlock/LockScreen';
import { DeviceRevokedNotice } from '../shell/DeviceRevokedNotice';
import { useT } from '../i18n/useT';
import { ServicesContext } from '../services/servicesContext';
import { BootProgress } from './BootProgress';
import { vaultManager } from './vaultManager';
import { useVaultState } from './vaultState';

/**
 * Holds the app until a vault is open (or, before anyone signed in here, the demo court is loaded). While
 * locked only the lock screen renders: the app's tree, and every case on it, is unmounted.
 */
export function BootGate({ children }: { children: ReactNode }) {
  const t = useT();
  const state = useVaultState((s) => s.state);
  useEffect(() => {
    void vaultManager.start();
  }, []);

  if (state.phase === 'open') {
    // Keyed by the vault opened: nothing of one officer's tree survives into the next.
    return (
      <ServicesContext.Provider key={state.openKey} value={state.services}>
        {children}
      </ServicesContext.Provider>
    );
  }
  if (state.phase === 'locked')
    return (
      <>
        {state.notice && <DeviceRevokedNotice notice={state.notice} />}
        <LockScreen officers={state.officers} />
      </>
    );
  return (
    <Center component="main" h="100vh">
      <Stack align="center" gap="md" maw={560}>
        {state.phase === 'failed' ? (
          <>
            <Text c="red" ta="center">
              {t('boot.failed', { message: state.message })}
            </Text>
            <Button onClick={() => void vaultManager.start()}>{t('boot.retry')}</Button>
          </>
        ) : state.phase === 'generating' ? (
          <BootProgress {...state.progress} />
        ) : (
          <>
            <Loader />
            <Text>{t('boot.preparing')}</Text>
          </>
        )}
      </Stack>
    </Center>
  );
}
