import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { signInFormSchema, type SignInFormValues } from '../../../shared/auth/signInFormSchema';
import { useT } from '../../app/i18n/useT';
import { useCodeText } from '../../app/text/useCodeText';
import { codeTextResolver } from '../../components/forms/codeTextResolver';
import { useIsDemo } from '../../app/shell/useIsDemo';
import { SignOutDialog } from './SignOutDialog';
import { useCourtServer } from './useCourtServer';

/** Court server sign-in (once, online); afterwards the officer works offline and sync runs by itself. */
export function CourtServerPanel() {
  const t = useT();
  const isDemo = useIsDemo();
  const server = useCourtServer();
  const { auth, error, isBusy, signIn, signOut } = server;
  const codeText = useCodeText();
  const form = useForm<SignInFormValues>({
    mode: 'uncontrolled',
    initialValues: { serverUrl: 'http://127.0.0.1:8765', username: '', password: '' },
    validate: codeTextResolver(signInFormSchema, codeText),
  });

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
            <Button
              variant="default"
              onClick={() => void signOut()}
              loading={server.isSigningOut && server.unsent === null}
              data-testid="sign-out"
            >
              {t('server.signOut')}
            </Button>
            <SignOutDialog
              work={server.unsent}
              isBusy={server.isSigningOut}
              onSyncFirst={() => void server.syncFirst()}
              onKeepLocked={() => void server.keepLocked()}
              onCancel={server.cancelSignOut}
            />
          </Group>
        ) : (
          <form
            noValidate
            onSubmit={form.onSubmit((values) => signIn({ ...values, serverUrl: values.serverUrl.trim() }))}
          >
            <Stack gap="xs">
              {isDemo && (
                <Text size="sm" c="dimmed">
                  {t('server.demoWillBeRemoved')}
                </Text>
              )}
              <TextInput
                label={t('server.url')}
                key={form.key('serverUrl')}
                {...form.getInputProps('serverUrl')}
                data-testid="server-url"
              />
              <Group grow>
                <TextInput
                  label={t('server.username')}
                  key={form.key('username')}
                  {...form.getInputProps('username')}
                  data-testid="server-username"
                  autoComplete="username"
                />
                <PasswordInput
                  label={t('server.password')}
                  key={form.key('password')}
                  {...form.getInputProps('password')}
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
