import { Button, Center, Loader, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useT } from '../../app/i18n/useT';
import { useUnlock } from './useUnlock';

/** Asks the signed-in officer for their password (checked on the device, so it works offline). */
export function UnlockGate({ children }: { children: ReactNode }) {
  const t = useT();
  const { isLoading, isLocked, credential, isWrong, unlock, switchOfficer } = useUnlock();
  const [password, setPassword] = useState('');
  if (isLoading) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (!isLocked || !credential) return children;
  return (
    <Center h="100vh">
      <Paper withBorder p="xl" w={420}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void unlock(password);
          }}
        >
          <Stack>
            <Title order={1} size="h3">
              {t('app.name')}
            </Title>
            <Text>{t('unlock.prompt', { name: credential.name })}</Text>
            <PasswordInput
              label={t('server.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={isWrong ? t('unlock.wrong') : undefined}
              autoFocus
              data-testid="unlock-password"
            />
            <Button type="submit" data-testid="unlock">
              {t('unlock.unlock')}
            </Button>
            <Button variant="subtle" onClick={() => void switchOfficer()}>
              {t('unlock.switch')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
