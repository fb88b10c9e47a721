import { Button, Center, Paper, PasswordInput, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { vaultManager } from '../../app/boot/vaultManager';
import type { LocalOfficer } from '../../app/boot/vaultState';
import { useT } from '../../app/i18n/useT';
import { OfficerSignInForm } from './OfficerSignInForm';

/**
 * The lock screen: no services, no database, no key. Each officer who has a vault here is listed and
 * unlocks their own with their password (offline). "Another officer" signs in at the court server and
 * opens only that officer's vault; every other vault stays locked.
 */
export function LockScreen({ officers }: { officers: LocalOfficer[] }) {
  const t = useT();
  const [userId, setUserId] = useState(officers[0]?.userId ?? '');
  const [password, setPassword] = useState('');
  const [isWrong, setWrong] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [isSigningIn, setSigningIn] = useState(officers.length === 0);
  const officer = officers.find((o) => o.userId === userId);

  const unlock = async () => {
    if (!officer) return;
    setBusy(true);
    const isOpen = await vaultManager.unlock(officer.userId, password);
    // On success this screen is gone; on failure nothing was opened.
    if (!isOpen) {
      setWrong(true);
      setBusy(false);
    }
  };

  return (
    <Center component="main" h="100vh" data-testid="lock-screen">
      <Paper withBorder p="xl" w={460} maw="95vw">
        <Stack>
          <Title order={1} size="h3">
            {isSigningIn ? t('lock.signInTitle') : `${t('app.name')} · ${t('lock.title')}`}
          </Title>
          {isSigningIn ? (
            <>
              <Text size="sm" c="dimmed">
                {t('lock.signInHint')}
              </Text>
              <OfficerSignInForm onBack={officers.length > 0 ? () => setSigningIn(false) : null} />
            </>
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void unlock();
              }}
            >
              <Stack>
                <Text size="sm" c="dimmed">
                  {t('lock.hint')}
                </Text>
                {officers.length > 1 && (
                  <Radio.Group
                    label={t('lock.officer')}
                    value={userId}
                    onChange={(v) => {
                      setUserId(v);
                      setPassword('');
                      setWrong(false);
                    }}
                  >
                    <Stack gap={6} mt={4}>
                      {officers.map((o) => (
                        <Radio key={o.userId} value={o.userId} label={o.name} data-testid="lock-officer" />
                      ))}
                    </Stack>
                  </Radio.Group>
                )}
                {officer && <Text>{t('unlock.prompt', { name: officer.name })}</Text>}
                <PasswordInput
                  label={t('server.password')}
                  value={password}
                  onChange={(e) => {
                    setPassword(e.currentTarget.value);
                    setWrong(false);
                  }}
                  error={isWrong ? t('lock.wrongPassword') : undefined}
                  autoFocus
                  data-testid="unlock-password"
                />
                <Button type="submit" loading={isBusy} data-testid="unlock">
                  {t('unlock.unlock')}
                </Button>
                <Button variant="subtle" onClick={() => setSigningIn(true)} data-testid="unlock-switch">
                  {t('unlock.switch')}
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
