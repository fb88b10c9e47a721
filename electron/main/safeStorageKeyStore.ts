/** The part of Electron's `safeStorage` the key store uses (tests pass a double of it). */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store safeStorage uses; 'basic_text' means none (a fixed password). */
  getSelectedStorageBackend?(): string;
};

/** No keystore to wrap a key with: the renderer falls back to wrapping it with the officer's password. */
export class KeyStoreUnavailableError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'KeyStoreUnavailableError';
  }
}

/** The data-key wrapper of the desktop shell: OS integration only, it never sees what the key protects. */
export type KeyStore = {
  /** Throws KeyStoreUnavailableError when the OS offers no real keystore. */
  wrap(raw: Uint8Array): Uint8Array;
  /** Throws KeyStoreUnavailableError without a keystore; any other error when it refuses the bytes. */
  unwrap(wrapped: Uint8Array): Uint8Array;
};

/**
 * A key store over Electron `safeStorage` (DPAPI on Windows, the Keychain on macOS, libsecret or KWallet
 * on Linux). On Linux without a keyring safeStorage "encrypts" with a hard-coded password
 * ('basic_text'): that protects nothing against someone holding the disk, so it counts as unavailable.
 * safeStorage encrypts strings: the key crosses as base64.
 */
export function createSafeStorageKeyStore(safeStorage: SafeStorageLike, platform: string): KeyStore {
  const assertAvailable = (): void => {
    if (!safeStorage.isEncryptionAvailable())
      throw new KeyStoreUnavailableError(
        'The operating system offers no keystore (safeStorage unavailable).',
      );
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text')
      throw new KeyStoreUnavailableError(
        'No keyring on this Linux desktop (safeStorage would use a fixed password): the key is wrapped with the password instead.',
      );
  };
  return {
    wrap(raw) {
      assertAvailable();
      return new Uint8Array(safeStorage.encryptString(Buffer.from(raw).toString('base64')));
    },
    unwrap(wrapped) {
      assertAvailable();
      return new Uint8Array(Buffer.from(safeStorage.decryptString(Buffer.from(wrapped)), 'base64'));
    },
  };
}
