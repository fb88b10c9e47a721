import { unwrapWithPassword, wrapWithPassword } from '../crypto/passwordWrap';
import { checkLocalCredential, makeLocalCredential } from '../../sync/localCredential';
import type { VaultEntry } from './vaultEntry';

/**
 * The operating system's keystore as the vault sees it (desktop shell: Electron safeStorage in main).
 * `wrap` answers null when there is none to use (Linux without a keyring): the password wraps the key then.
 * `unwrap` answers null when the keystore refuses.
 */
export type VaultKeyStore = {
  wrap(raw: Uint8Array): Promise<Uint8Array | null>;
  unwrap(wrapped: Uint8Array): Promise<Uint8Array | null>;
};

type Officer = { id: string; username: string; name: string };

/**
 * How a new vault's key is kept on disk: by the OS keystore when there is one (the password still checked
 * at unlock, by a verifier), else by a key derived from the password (browser build).
 */
export async function protectDataKey(
  raw: Uint8Array<ArrayBuffer>,
  password: string,
  officer: Officer,
  keyStore: VaultKeyStore | null,
): Promise<Pick<VaultEntry, 'wrappedKey' | 'credential'>> {
  const osWrapped = keyStore ? await keyStore.wrap(raw) : null;
  if (osWrapped)
    return {
      wrappedKey: { kind: 'os', wrapped: new Uint8Array(osWrapped) },
      credential: await makeLocalCredential(officer, password),
    };
  return { wrappedKey: await wrapWithPassword(raw, password) };
}

/** The vault's data key, or null when the password is wrong (or the keystore refused): nothing opens. */
export async function unlockDataKey(
  entry: VaultEntry,
  password: string,
  keyStore: VaultKeyStore | null,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const { wrappedKey } = entry;
  if (wrappedKey.kind === 'password') return unwrapWithPassword(wrappedKey, password);
  // A key kept by the keystore opens only with the officer's password checked first.
  if (!keyStore || !entry.credential || !(await checkLocalCredential(entry.credential, password)))
    return null;
  const raw = await keyStore.unwrap(wrappedKey.wrapped);
  return raw ? new Uint8Array(raw) : null;
}
