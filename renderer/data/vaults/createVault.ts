import { bytesToHex } from '../../../shared/util/bytesToHex';
import { createDataKey } from '../crypto/DataKey';
import { generateDataKeyBytes } from '../crypto/passwordWrap';
import { openDb } from '../db';
import { openedVault, type OpenedVault, type VaultDeps } from './OpenedVault';
import type { VaultDirectory } from './openVaultDirectory';
import { VAULT_DB_PREFIX, type VaultEntry } from './vaultEntry';
import { protectDataKey } from './vaultKeys';

export type NewVaultOfficer = { id: string; username: string; name: string };

/**
 * Makes the vault of an officer new to this installation: a random data key, kept wrapped (by the OS
 * keystore, else by their password), a sealed database under a random name whose cursor, outbox and
 * session start empty, and the directory entry that finds it again. The entry is written before anything
 * goes into the database, so a key is never lost with data sealed under it.
 */
export async function createVault(
  directory: VaultDirectory,
  officer: NewVaultOfficer,
  password: string,
  deps: VaultDeps,
  now: Date,
): Promise<OpenedVault> {
  const raw = generateDataKeyBytes();
  const entry: VaultEntry = {
    userId: officer.id,
    username: officer.username,
    name: officer.name,
    dbName: `${VAULT_DB_PREFIX}${bytesToHex(crypto.getRandomValues(new Uint8Array(16)))}`,
    ...(await protectDataKey(raw, password, officer, deps.keyStore)),
    createdAt: now.toISOString(),
    lastUnlockedAt: now.toISOString(),
  };
  await directory.put(entry);
  const key = createDataKey(raw);
  const db = await openDb(entry.dbName, { ...deps, dataKey: key });
  return openedVault(entry, db, key);
}
