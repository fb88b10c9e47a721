import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

type UnlockState = { unlockedUserId: string | null; setUnlocked: (userId: string | null) => void };

/**
 * Which officer unlocked the app in this window. Kept in sessionStorage: a reload stays unlocked, a new
 * start of the app asks again.
 */
export const useUnlockStore = create<UnlockState>()(
  persist((set) => ({ unlockedUserId: null, setUnlocked: (unlockedUserId) => set({ unlockedUserId }) }), {
    name: 'fieldwrit.unlock',
    storage: createJSONStorage(() => sessionStorage),
  }),
);
