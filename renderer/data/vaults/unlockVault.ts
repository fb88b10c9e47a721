import { createDataKey } from '../crypto/DataKey';
import { openDb } from '../db';
import { openedVault, type OpenedVault, type VaultDeps } from './OpenedVault';
import type { VaultDirectory } from './openVaultDirectory';
import { unlockDataKey } from './vaultKeys';

/**
 * Opens the vault of `userId` with their password, or answers null (wrong password, keystore refused, no
 * such vault): then nothing is opened and no key is held.
 */
export async function unlockVault(
  directory: VaultDirectory,
  userId: string,
  password: string,
  deps: VaultDeps,
  now: Date,
): Promise<OpenedVault | null> {
  const entry = await directory.get(userId);
  if (!entry) return null;
  const raw = await unlockDataKey(entry, password, deps.keyStore);
  if (!raw) return null;
  const key = createDataKey(raw);
  const db = await openDb(entry.dbName, { ...deps, dataKey: key });
  const unlocked = { ...entry, lastUnlockedAt: now.toISOString() };
  await directory.put(unlocked);
  return openedVault(unlocked, db, key);
}
