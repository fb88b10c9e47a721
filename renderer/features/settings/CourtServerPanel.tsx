import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../app/i18n/useT';
import { useIsDemo } from '../../app/shell/useIsDemo';
import { useCourtServer } from './useCourtServer';

/** Court server sign-in (once, online); afterwards the officer works offline and sync runs by itself. */
export function CourtServerPanel() {
  const t = useT();
  const isDemo = useIsDemo();
  const { auth, error, isBusy, signIn, signOut } = useCourtServer();
  const [serverUrl, setServerUrl] = useState('http://127.0.0.1:8765');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Text fw={600}>{t('server.title')}</Text>
        {auth ? (
          <Group justify="space-between">
            <Text data-testid="signed-in-as">
              {t('server.signedInAs', { name: auth.user.name, role: t(`role.${auth.user.role}`) })} ·{' '}
              {auth.serverUrl}
            </Text>
            <Button variant="default" onClick={() => void signOut()}>
              {t('server.signOut')}
            </Button>
          </Group>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void signIn({ serverUrl, username, password });
            }}
          >
            <Stack gap="xs">
              {isDemo && (
                <Text size="sm" c="dimmed">
                  {t('server.demoWillBeRemoved')}
                </Text>
              )}
              <TextInput
                label={t('server.url')}
                value={serverUrl}
                onChange={(e) => setServerUrl(e.currentTarget.value)}
                data-testid="server-url"
              />
              <Group grow>
                <TextInput
                  label={t('server.username')}
                  value={username}
                  onChange={(e) => setUsername(e.currentTarget.value)}
                  data-testid="server-username"
                  autoComplete="username"
                />
                <PasswordInput
                  label={t('server.password')}
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  data-testid="server-password"
                  autoComplete="current-password"
                />
              </Group>
              {error && (
                <Alert color="red" variant="light" data-testid="sign-in-error">
                  {error}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button type="submit" loading={isBusy} data-testid="sign-in">
                  {t('server.signIn')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
