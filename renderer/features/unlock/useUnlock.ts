import { useState } from 'react';
import { useServices } from '../../app/services/servicesContext';
import { useSessionStore } from '../../app/session/sessionStore';
import { useUnlockStore } from '../../app/session/unlockStore';
import { useLive } from '../../data/useLive';
import { AUTH_KEY, authStateSchema } from '../../sync/authState';
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
  const setOfficer = useSessionStore((s) => s.setOfficer);
  const [isWrong, setWrong] = useState(false);
  const state = useLive(async () => {
    const credential =
      localCredentialSchema.safeParse(await repos.meta.get(LOCAL_CREDENTIAL_KEY)).data ?? null;
    const auth = authStateSchema.safeParse(await repos.meta.get(AUTH_KEY)).data ?? null;
    return { credential, auth };
  }, [repos]);
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
      if (ok) {
        if (state?.auth)
          setOfficer({ userId: state.auth.user.id, name: state.auth.user.name }, state.auth.deviceId);
        setUnlocked(credential.userId);
      }
    },
    /** Another officer: sign the previous one out (their pending edits stay, under their name). */
    async switchOfficer() {
      await signOut(repos);
      setUnlocked(null);
    },
  };
}
