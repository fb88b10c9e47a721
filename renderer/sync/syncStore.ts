import { create } from 'zustand';

/**
 * What the header shows at a glance. `pending`: local changes are saved on this device and waiting for the
 * next run (never shown as up to date).
 */
export type SyncStatus = 'signedOut' | 'offline' | 'syncing' | 'pending' | 'upToDate' | 'needsAttention';

type SyncState = {
  status: SyncStatus;
  /** Records sent or received in the current run (n of m). */
  progress: { done: number; total: number } | null;
  /** Bytes of photos and files uploaded in the current run. */
  bytes: { done: number; total: number } | null;
  /** Why sync needs attention (a code from the server or the engine), if it does. */
  attention: string | null;
  lastSyncedAt: string | null;
  set: (patch: Partial<Omit<SyncState, 'set'>>) => void;
};

/** Sync engine status for the screens (UI state only; the data itself is in IndexedDB). */
export const useSyncStore = create<SyncState>()((set) => ({
  status: 'signedOut',
  progress: null,
  bytes: null,
  attention: null,
  lastSyncedAt: null,
  set: (patch) => set(patch),
}));
