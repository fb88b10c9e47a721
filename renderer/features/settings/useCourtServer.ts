import { useState } from 'react';
import { vaultManager } from '../../app/boot/vaultManager';
import { useT } from '../../app/i18n/useT';
import { useLocaleStore } from '../../app/i18n/localeStore';
import { useServices } from '../../app/services/servicesContext';
import { useLive } from '../../data/useLive';
import type { SignInInput } from '../../sync/signIn';
import { signInErrorText } from '../unlock/signInErrorText';

/**
 * Sign in to / out of the court server; the signed-in session is read live from the device. Signing in
 * opens the officer's own vault (made on their first sign-in here); signing out locks it.
 */
export function useCourtServer() {
  const { repos } = useServices();
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
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
        // On success the app is rebuilt over the officer's vault: this screen is unmounted.
        await vaultManager.signIn({ ...input, deviceName: navigator.userAgent.slice(0, 100) });
      } catch (e) {
        setError(signInErrorText(e, t, locale));
        setBusy(false);
      }
    },
    async signOut() {
      await vaultManager.signOut();
    },
  };
}
