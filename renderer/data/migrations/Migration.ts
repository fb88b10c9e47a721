import type { Transaction } from 'dexie';

/**
 * A numbered, append-only schema step (Signal's `1440-chat-folders` style). Never edit a released
 * migration: add the next one. `stores` lists only the tables this step adds or changes.
 */
export type Migration = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};
