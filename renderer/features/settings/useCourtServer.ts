import { useState } from 'react';
import { AUTH_KEY, authStateSchema } from '../../sync/authState';
import { signIn, signOut, type SignInInput } from '../../sync/signIn';
import { SyncHttpError } from '../../sync/SyncHttpError';
import { syncEngine } from '../../sync/syncEngineInstance';
import { useT } from '../../app/i18n/useT';
import { useLocaleStore } from '../../app/i18n/localeStore';
import { useServices } from '../../app/services/servicesContext';
import { useSessionStore } from '../../app/session/sessionStore';
import { useUnlockStore } from '../../app/session/unlockStore';
import { useLive } from '../../data/useLive';

/** Sign in to / out of the court server; the signed-in session is read live from the device. */
export function useCourtServer() {
  const { repos } = useServices();
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const setOfficer = useSessionStore((s) => s.setOfficer);
  const setUnlocked = useUnlockStore((s) => s.setUnlocked);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const auth = useLive(
    async () => authStateSchema.safeParse(await repos.meta.get(AUTH_KEY)).data ?? null,
    [repos],
  );

  return {
    auth,
    error,
    isBusy,
    async signIn(input: Omit<SignInInput, 'deviceName'>) {
      setBusy(true);
      setError(null);
      try {
        const r = await signIn(repos, { ...input, deviceName: navigator.userAgent.slice(0, 100) });
        setOfficer({ userId: r.user.id, name: r.user.name }, r.deviceId);
        setUnlocked(r.user.id);
        syncEngine()?.trigger();
      } catch (e) {
        setError(
          e instanceof SyncHttpError && e.problem
            ? t('server.signInFailed', { message: e.problem.message[locale] })
            : e instanceof SyncHttpError
              ? t('server.unreachable')
              : t('server.signInFailed', { message: e instanceof Error ? e.message : String(e) }),
        );
      } finally {
        setBusy(false);
      }
    },
    async signOut() {
      await signOut(repos);
      setUnlocked(null);
      syncEngine()?.trigger();
    },
  };
}
