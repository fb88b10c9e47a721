import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import type { AppServices } from '../services/AppServices';
import { ServicesContext } from '../services/servicesContext';
import { BootProgress } from './BootProgress';
import { bootServices } from './bootServices';
import type { DemoProgress } from './loadDemoCourt';

type BootState =
  | { phase: 'opening' }
  | { phase: 'generating'; progress: DemoProgress }
  | { phase: 'ready'; services: AppServices }
  | { phase: 'failed'; message: string };

/** Holds the app until the local database is open (and, on first run, the demo court is loaded). */
export function BootGate({ children }: { children: ReactNode }) {
  const t = useT();
  const [state, setState] = useState<BootState>({ phase: 'opening' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    bootServices((progress) => setState({ phase: 'generating', progress }))
      .then((services) => setState({ phase: 'ready', services }))
      .catch((error: unknown) =>
        setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
  }, [attempt]);
  const retry = () => {
    setState({ phase: 'opening' });
    setAttempt((n) => n + 1);
  };

  if (state.phase === 'ready') {
    return <ServicesContext.Provider value={state.services}>{children}</ServicesContext.Provider>;
  }
  return (
    <Center component="main" h="100vh">
      <Stack align="center" gap="md" maw={560}>
        {state.phase === 'failed' ? (
          <>
            <Text c="red" ta="center">
              {t('boot.failed', { message: state.message })}
            </Text>
            <Button onClick={retry}>{t('boot.retry')}</Button>
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
