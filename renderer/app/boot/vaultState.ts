import { create } from 'zustand';
import type { AppServices } from '../services/AppServices';
import type { UnsentWork } from '../../data/vaults/unsentWork';
import type { DemoProgress } from './loadDemoCourt';

/** Why the lock screen shows: the court revoked this device (`kept`: what unsent work stays, locked). */
export type LockNotice = { kind: 'deviceRevoked'; kept: UnsentWork | null };

/** An officer with a vault here (or, once, the officer an older build signed in), as the lock screen lists them. */
export type LocalOfficer = { userId: string; name: string; username: string };

/**
 * Where the page is: opening; loading the demo court; open (an officer's vault, or the demo court before
 * anyone signed in on this installation: `ownerId` null); locked (no key in memory, no services); failed.
 */
export type VaultState =
  | { phase: 'opening' }
  | { phase: 'generating'; progress: DemoProgress }
  | {
      phase: 'open';
      services: AppServices;
      /** Changes with every vault opened, so the whole app tree is rebuilt over the new services. */
      openKey: number;
      ownerId: string | null;
      /** Lock after this long without input; null in the demo court (nothing to lock). */
      idleLockMs: number | null;
    }
  | { phase: 'locked'; officers: LocalOfficer[]; notice?: LockNotice }
  | { phase: 'failed'; message: string };

/** The vault manager's state for the boot gate and the lock screen (UI state; nothing of a case in it). */
export const useVaultState = create<{ state: VaultState }>()(() => ({ state: { phase: 'opening' } }));

export function setVaultState(state: VaultState): void {
  useVaultState.setState({ state });
}
