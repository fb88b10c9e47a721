import type { VaultDeps } from './OpenedVault';
import type { VaultDirectory } from './openVaultDirectory';
import { protectDataKey, unlockDataKey } from './vaultKeys';

/**
 * After a password change (self-service, or reset by the administrator) the court server accepts only the
 * new password, while this device's vault key is still wrapped by the old one: the vault opens with the old
 * password offline until the officer, signing in online with the new password, also gives the old one.
 * Then the same data key (nothing is re-sealed) is wrapped again with the new password (or the keystore's
 * password check is remade) and the directory entry replaced, so from now on only the new password opens
 * it. Answers false, changing nothing, when `oldPassword` does not open the vault.
 */
export async function rewrapVault(
  directory: VaultDirectory,
  userId: string,
  oldPassword: string,
  newPassword: string,
  deps: Pick<VaultDeps, 'keyStore'>,
): Promise<boolean> {
  const entry = await directory.get(userId);
  if (!entry) return false;
  const raw = await unlockDataKey(entry, oldPassword, deps.keyStore);
  if (!raw) return false;
  try {
    const officer = { id: entry.userId, username: entry.username, name: entry.name };
    const { wrappedKey, credential } = await protectDataKey(raw, newPassword, officer, deps.keyStore);
    // One put replaces the entry whole: a crash leaves either the old wrap or the new one, never neither.
    const { credential: _old, ...rest } = entry;
    await directory.put({ ...rest, wrappedKey, ...(credential ? { credential } : {}) });
    return true;
  } finally {
    raw.fill(0);
  }
}
