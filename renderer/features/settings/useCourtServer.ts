import { useState } from 'react';
import { vaultManager } from '../../app/boot/vaultManager';
import { useT } from '../../app/i18n/useT';
import { useLocaleStore } from '../../app/i18n/localeStore';
import { useServices } from '../../app/services/servicesContext';
import { useLive } from '../../data/useLive';
import type { UnsentWork } from '../../data/vaults/unsentWork';
import type { SignInInput } from '../../sync/signIn';
import { signInErrorText } from '../unlock/signInErrorText';

/**
 * Sign in to / out of the court server; the signed-in session is read live from the device. Signing in
 * opens the officer's own vault (made on their first sign-in here); signing out deletes it once the court
 * has everything, else `unsent` names what would be lost and the officer syncs first or keeps it locked.
 */
export function useCourtServer() {
  const { repos, sync } = useServices();
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [unsent, setUnsent] = useState<UnsentWork | null>(null);
  const [isSigningOut, setSigningOut] = useState(false);

  async function signOut(choice: 'removeIfSent' | 'keepLocked') {
    setSigningOut(true);
    try {
      const result = await vaultManager.signOut(choice);
      // Removed or kept locked: the vault is closed and this screen unmounted.
      setUnsent(result.outcome === 'unsent' ? result.work : null);
    } finally {
      setSigningOut(false);
    }
  }
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
    unsent,
    isSigningOut,
    signOut: () => signOut('removeIfSent'),
    /** Syncs now, then tries again: what reached the court no longer stands in the way. */
    async syncFirst() {
      setSigningOut(true);
      await sync.syncNow().catch(() => undefined);
      await signOut('removeIfSent');
    },
    keepLocked: () => signOut('keepLocked'),
    cancelSignOut: () => setUnsent(null),
  };
}
