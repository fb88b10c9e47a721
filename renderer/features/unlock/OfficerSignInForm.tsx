import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { signInFormSchema, type SignInFormValues } from '../../../shared/auth/signInFormSchema';
import { vaultManager } from '../../app/boot/vaultManager';
import { useLocaleStore } from '../../app/i18n/localeStore';
import { useT } from '../../app/i18n/useT';
import { useCodeText } from '../../app/text/useCodeText';
import { codeTextResolver } from '../../components/forms/codeTextResolver';
import { signInErrorText } from './signInErrorText';

/** The lock screen's sign-in (online) for an officer who has no vault here yet, or wants their own. */
export function OfficerSignInForm({ onBack }: { onBack: (() => void) | null }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const codeText = useCodeText();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const form = useForm<SignInFormValues>({
    mode: 'uncontrolled',
    initialValues: { serverUrl: 'http://127.0.0.1:8765', username: '', password: '' },
    validate: codeTextResolver(signInFormSchema, codeText),
  });
  const submit = async (values: SignInFormValues) => {
    setBusy(true);
    setError(null);
    try {
      await vaultManager.signIn({
        ...values,
        serverUrl: values.serverUrl.trim(),
        deviceName: navigator.userAgent.slice(0, 100),
      });
    } catch (e) {
      setError(signInErrorText(e, t, locale));
      setBusy(false);
    }
  };
  return (
    <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
      <Stack gap="xs">
        <TextInput
          label={t('server.url')}
          key={form.key('serverUrl')}
          {...form.getInputProps('serverUrl')}
          data-testid="lock-server-url"
        />
        <TextInput
          label={t('server.username')}
          key={form.key('username')}
          {...form.getInputProps('username')}
          data-testid="lock-server-username"
          autoComplete="username"
          autoFocus
        />
        <PasswordInput
          label={t('server.password')}
          key={form.key('password')}
          {...form.getInputProps('password')}
          data-testid="lock-server-password"
          autoComplete="current-password"
        />
        {error && (
          <Alert color="red" variant="light" data-testid="lock-sign-in-error">
            {error}
          </Alert>
        )}
        <Group justify="space-between">
          {onBack ? (
            <Button variant="subtle" onClick={onBack}>
              {t('lock.back')}
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit" loading={isBusy} data-testid="lock-sign-in">
            {t('server.signIn')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
