import { useEffect, type ReactNode } from 'react';
import { vaultManager } from '../../app/boot/vaultManager';
import { useVaultState } from '../../app/boot/vaultState';
import { getDeviceSecurity } from '../../platform/getDeviceSecurity';
import { useIdleLock } from './useIdleLock';

const lock = () => void vaultManager.lock();

/**
 * Keeps an open vault locked when nobody is there: after the court's idle time without input, and when
 * the desktop sleeps, its lid closes or its session locks. Locking unmounts everything below (BootGate
 * shows the lock screen), so no case stays in the page.
 */
export function UnlockGate({ children }: { children: ReactNode }) {
  const state = useVaultState((s) => s.state);
  const isVault = state.phase === 'open' && state.ownerId !== null;
  useIdleLock(isVault && state.phase === 'open' ? state.idleLockMs : null, lock);
  useEffect(() => (isVault ? getDeviceSecurity().onSystemLock(lock) : undefined), [isVault]);
  return children;
}
