import { useState } from 'react';
import { CourtHttpError } from '../../sync/court/CourtHttpError';
import { signIn, signOut, type SignInInput } from '../../sync/signIn';
import { useT } from '../../app/i18n/useT';
import { useLocaleStore } from '../../app/i18n/localeStore';
import { useServices } from '../../app/services/servicesContext';
import { useUnlockStore } from '../../app/session/unlockStore';
import { useLive } from '../../data/useLive';

/** Sign in to / out of the court server; the signed-in session is read live from the device. */
export function useCourtServer() {
  const { repos, court, sync } = useServices();
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const setUnlocked = useUnlockStore((s) => s.setUnlocked);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const auth = useLive(() => repos.session.current(), [repos]);

  return {
    auth,
    error,
    isBusy,
    async signIn(input: Omit<SignInInput, 'deviceName'>) {
      setBusy(true);
      setError(null);
      try {
        const r = await signIn(repos, court, { ...input, deviceName: navigator.userAgent.slice(0, 100) });
        setUnlocked(r.user.id);
        sync.trigger();
      } catch (e) {
        setError(
          e instanceof CourtHttpError && e.problem
            ? t('server.signInFailed', { message: e.problem.message[locale] })
            : e instanceof CourtHttpError
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
      sync.trigger();
    },
  };
}
