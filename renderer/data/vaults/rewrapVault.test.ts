import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../createRepositories';
import { makeCase } from '../testing/makeCase';
import { createVault } from './createVault';
import type { VaultDeps } from './OpenedVault';
import { openVaultDirectory, type VaultDirectory } from './openVaultDirectory';
import { rewrapVault } from './rewrapVault';
import { unlockVault } from './unlockVault';
import type { VaultKeyStore } from './vaultKeys';

const NOW = new Date('2027-03-31T15:50:00Z');
const LI = { id: 'demo-officer-2', username: 'demo-officer-2', name: '李海涛' };
const OLD = 'old-Passw0rd!';
const NEW = 'new-Passw0rd!';

/** A keystore standing for Electron safeStorage: reversible, as the OS's is for this account. */
const keyStore: VaultKeyStore = {
  async wrap(raw) {
    return new Uint8Array([0x76, 0x31, ...raw.map((b) => b ^ 0x5a)]);
  },
  async unwrap(wrapped) {
    return wrapped[0] === 0x76 ? wrapped.slice(2).map((b) => b ^ 0x5a) : null;
  },
};

let directory: VaultDirectory;
let deps: VaultDeps;

describe.each([
  ['the password wraps the key (browser)', null],
  ['the OS keystore wraps the key (desktop)', keyStore],
])('rewrapVault when %s', (_label, store) => {
  beforeEach(async () => {
    deps = { indexedDB: new IDBFactory(), IDBKeyRange, keyStore: store };
    directory = await openVaultDirectory(deps);
  });

  it('makes the new password open the same data and the old one open nothing', async () => {
    const vault = await createVault(directory, LI, OLD, deps, NOW);
    await createRepositories(vault.db).cases.putReceived([makeCase(1)], 3);
    vault.close();

    expect(await rewrapVault(directory, LI.id, OLD, NEW, deps)).toBe(true);

    expect(await unlockVault(directory, LI.id, OLD, deps, NOW)).toBeNull();
    const reopened = await unlockVault(directory, LI.id, NEW, deps, NOW);
    expect(reopened).not.toBeNull();
    expect((await createRepositories(reopened!.db).cases.get('case-1'))?.caseNumber).toBe(
      makeCase(1).caseNumber,
    );
    reopened!.close();
  });

  it('changes nothing when the old password given is wrong, or there is no vault', async () => {
    (await createVault(directory, LI, OLD, deps, NOW)).close();
    const before = await directory.get(LI.id);
    expect(await rewrapVault(directory, LI.id, 'not-the-old-one', NEW, deps)).toBe(false);
    expect(await rewrapVault(directory, 'someone-else', OLD, NEW, deps)).toBe(false);
    expect(await directory.get(LI.id)).toEqual(before);
    const stillOld = await unlockVault(directory, LI.id, OLD, deps, NOW);
    expect(stillOld).not.toBeNull();
    stillOld!.close();
    expect(await unlockVault(directory, LI.id, NEW, deps, NOW)).toBeNull();
  });
});
