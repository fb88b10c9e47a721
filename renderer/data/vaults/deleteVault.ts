import { deleteDatabase } from './legacyDatabase';
import type { IndexedDbDeps, VaultDirectory } from './openVaultDirectory';
import type { VaultEntry } from './vaultEntry';

/**
 * Deletes an officer's vault for good: first its directory entry, which holds the only wrapped copy of
 * its data key (from then on the sealed database is unreadable, even if deleting it is interrupted), then
 * the database itself. The vault must be closed (an open connection would block the deletion).
 */
export async function deleteVault(
  dir: VaultDirectory,
  entry: VaultEntry,
  deps: IndexedDbDeps = {},
): Promise<void> {
  await dir.remove(entry.userId);
  await deleteDatabase(entry.dbName, deps);
}
