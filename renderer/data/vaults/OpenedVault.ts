import type { DataKey } from '../crypto/DataKey';
import type { FieldWritDb } from '../db';
import type { VaultKeyStore } from './vaultKeys';
import type { IndexedDbDeps } from './openVaultDirectory';
import type { VaultEntry } from './vaultEntry';

/** Where vaults are opened: the IndexedDB factory (tests: fake-indexeddb) and the OS keystore, if any. */
export type VaultDeps = IndexedDbDeps & { keyStore: VaultKeyStore | null };

/** One officer's vault, unlocked: their sealed database and the key in memory. */
export type OpenedVault = {
  readonly entry: VaultEntry;
  readonly db: FieldWritDb;
  /** Locks: closes the database and wipes the key; every later read through either throws. */
  close(): void;
};

export function openedVault(entry: VaultEntry, db: FieldWritDb, key: DataKey): OpenedVault {
  return {
    entry,
    db,
    close() {
      db.close();
      key.destroy();
    },
  };
}
