import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { PowerLockEvent } from '../../shared/ipc/schemas';
import {
  createSafeStorageKeyStore,
  KeyStoreUnavailableError,
  type SafeStorageLike,
} from './safeStorageKeyStore';
import { watchPowerLock } from './watchPowerLock';

/** A double of Electron safeStorage: reversible "encryption" tied to this double, as the OS ties it to an account. */
function fakeSafeStorage(options: { isAvailable?: boolean; backend?: string } = {}): SafeStorageLike {
  const secret = 0x3c;
  return {
    isEncryptionAvailable: () => options.isAvailable ?? true,
    encryptString: (text) => Buffer.concat([Buffer.from('v11'), Buffer.from(text).map((b) => b ^ secret)]),
    decryptString: (bytes) => {
      if (bytes.subarray(0, 3).toString() !== 'v11') throw new Error('Error while decrypting the ciphertext');
      return Buffer.from(bytes.subarray(3).map((b) => b ^ secret)).toString();
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
}

const KEY = new Uint8Array(32).map((_, i) => i * 7);

describe('createSafeStorageKeyStore', () => {
  it('wraps a key so that it reads as nothing, and unwraps it back', () => {
    const store = createSafeStorageKeyStore(fakeSafeStorage(), 'linux');
    const wrapped = store.wrap(KEY);
    expect(Buffer.from(wrapped).includes(Buffer.from(KEY))).toBe(false);
    expect(Buffer.from(wrapped).toString()).not.toContain(Buffer.from(KEY).toString('base64'));
    expect(store.unwrap(wrapped)).toEqual(KEY);
  });

  it('refuses when the OS has no keystore, and on Linux without a keyring', () => {
    expect(() =>
      createSafeStorageKeyStore(fakeSafeStorage({ isAvailable: false }), 'win32').wrap(KEY),
    ).toThrow(KeyStoreUnavailableError);
    const basic = createSafeStorageKeyStore(fakeSafeStorage({ backend: 'basic_text' }), 'linux');
    expect(() => basic.wrap(KEY)).toThrow(/No keyring/);
    expect(() => basic.unwrap(new Uint8Array([1]))).toThrow(KeyStoreUnavailableError);
    // Elsewhere the backend question does not arise.
    expect(
      createSafeStorageKeyStore(fakeSafeStorage({ backend: 'basic_text' }), 'darwin').wrap(KEY),
    ).toBeTruthy();
  });

  it('lets a refusal of foreign bytes through as an error, not as a key', () => {
    const store = createSafeStorageKeyStore(fakeSafeStorage(), 'linux');
    expect(() => store.unwrap(new Uint8Array([1, 2, 3, 4]))).toThrow(/decrypting/);
  });
});

describe('watchPowerLock', () => {
  it('asks the app to lock on suspend (lid closed) and on a locked OS session, and on nothing else', () => {
    const monitor = new EventEmitter();
    const sent: PowerLockEvent[] = [];
    watchPowerLock(monitor as never, (e) => sent.push(e));
    monitor.emit('resume');
    monitor.emit('unlock-screen');
    expect(sent).toEqual([]);
    monitor.emit('suspend');
    monitor.emit('lock-screen');
    expect(sent).toEqual([{ reason: 'suspend' }, { reason: 'lock-screen' }]);
  });
});
