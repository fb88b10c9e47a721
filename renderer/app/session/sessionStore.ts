import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { OfficerRef } from '../../../shared/domain/case';

type SessionState = {
  /** The officer working on this device; stamps every local edit. Login arrives with the sync issue. */
  officer: OfficerRef | null;
  /** The device id this officer's edits are stamped with (registered by the court server at sign-in). */
  deviceId: string | null;
  setOfficer: (officer: OfficerRef, deviceId?: string | null) => void;
};

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      officer: null,
      deviceId: null,
      setOfficer: (officer, deviceId = null) => set({ officer, deviceId }),
    }),
    { name: 'fieldwrit.session' },
  ),
);
