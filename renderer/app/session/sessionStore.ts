import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { OfficerRef } from '../../../shared/domain/case';

type SessionState = {
  /** The officer working on this device; stamps every local edit. Login arrives with the sync issue. */
  officer: OfficerRef | null;
  setOfficer: (officer: OfficerRef) => void;
};

export const useSessionStore = create<SessionState>()(
  persist((set) => ({ officer: null, setOfficer: (officer) => set({ officer }) }), { name: 'fieldwrit.session' }),
);
