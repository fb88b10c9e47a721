import { useState } from 'react';
import { useServices } from '../../app/services/servicesContext';
import { useUnlockStore } from '../../app/session/unlockStore';
import { useLive } from '../../data/useLive';
import {
  checkLocalCredential,
  LOCAL_CREDENTIAL_KEY,
  localCredentialSchema,
} from '../../sync/localCredential';
import { signOut } from '../../sync/signIn';

/** Offline unlock for the last officer who signed in on this device. */
export function useUnlock() {
  const { repos } = useServices();
  const unlockedUserId = useUnlockStore((s) => s.unlockedUserId);
  const setUnlocked = useUnlockStore((s) => s.setUnlocked);
  const [isWrong, setWrong] = useState(false);
  const state = useLive(
    async () => ({
      credential: localCredentialSchema.safeParse(await repos.meta.get(LOCAL_CREDENTIAL_KEY)).data ?? null,
    }),
    [repos],
  );
  const credential = state?.credential ?? null;
  return {
    isLoading: state === undefined,
    isLocked: credential !== null && unlockedUserId !== credential.userId,
    credential,
    isWrong,
    async unlock(password: string) {
      if (!credential) return;
      const ok = await checkLocalCredential(credential, password);
      setWrong(!ok);
      // Who writes here is the signed-in officer already (the session's home): unlocking only opens the app.
      if (ok) setUnlocked(credential.userId);
    },
    /** Another officer: sign the previous one out (their pending edits stay, under their name). */
    async switchOfficer() {
      await signOut(repos);
      setUnlocked(null);
    },
  };
}
