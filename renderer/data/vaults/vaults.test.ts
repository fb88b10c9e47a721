import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../createRepositories';
import { openDb } from '../db';
import { makeCase } from '../testing/makeCase';
import { createVault } from './createVault';
import { carryLegacyWork, databaseExists, deleteDatabase, hasOthersWork, LEGACY_DB } from './legacyDatabase';
import { openVaultDirectory, VAULT_DIRECTORY_DB, type VaultDirectory } from './openVaultDirectory';
import { unlockVault } from './unlockVault';
import type { VaultDeps } from './OpenedVault';
import type { VaultKeyStore } from './vaultKeys';

const NOW = new Date('2027-03-31T15:50:00Z');
const LI = { id: 'demo-officer-2', username: 'demo-officer-2', name: '李海涛' };
const CHEN = { id: 'demo-officer-7', username: 'demo-officer-7', name: '陈志刚' };
const PASSWORD = 'e2e-Passw0rd!';

let deps: VaultDeps;
let directory: VaultDirectory;

beforeEach(async () => {
  deps = { indexedDB: new IDBFactory(), IDBKeyRange, keyStore: null };
  directory = await openVaultDirectory(deps);
});

/** A keystore double standing for Electron safeStorage: reversible, and able to refuse. */
function fakeKeyStore(isAvailable = true): VaultKeyStore & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async wrap(raw) {
      calls.push('wrap');
      return isAvailable ? new Uint8Array([0x76, 0x31, ...raw.map((b) => b ^ 0x5a)]) : null;
    },
    async unwrap(wrapped) {
      calls.push('unwrap');
      return wrapped[0] === 0x76 ? wrapped.slice(2).map((b) => b ^ 0x5a) : null;
    },
  };
}

describe('vaults', () => {
  it('round-trips the directory: one sealed database per officer, found again by their password', async () => {
    const li = await createVault(directory, LI, PASSWORD, deps, NOW);
    await createRepositories(li.db).cases.putReceived([makeCase(1)], 3);
    li.close();
    const chen = await createVault(
      directory,
      CHEN,
      'another-Passw0rd',
      deps,
      new Date('2027-04-01T08:00:00Z'),
    );
    chen.close();

    const listed = await directory.list();
    expect(listed.map((e) => [e.userId, e.name])).toEqual([
      [CHEN.id, CHEN.name],
      [LI.id, LI.name],
    ]);
    expect(listed[0]!.dbName).not.toBe(listed[1]!.dbName);
    expect(listed[1]!.dbName).toMatch(/^fieldwrit-vault-[0-9a-f]{32}$/);
    expect(listed[1]!.wrappedKey.kind).toBe('password');
    expect(listed[1]!.createdAt).toBe(NOW.toISOString());

    const again = await unlockVault(directory, LI.id, PASSWORD, deps, NOW);
    expect((await createRepositories(again!.db).cases.get('case-1'))?.caseNumber).toBe(
      makeCase(1).caseNumber,
    );
    // The other officer's vault holds nothing of this one's.
    const other = await unlockVault(directory, CHEN.id, 'another-Passw0rd', deps, NOW);
    expect(await createRepositories(other!.db).cases.count()).toBe(0);
  });

  it('ignores a directory entry altered on disk', async () => {
    (await createVault(directory, LI, PASSWORD, deps, NOW)).close();
    directory.close();
    const { Dexie } = await import('dexie');
    const dexie = new Dexie(VAULT_DIRECTORY_DB, { indexedDB: deps.indexedDB!, IDBKeyRange });
    dexie.version(1).stores({ vaults: 'userId' });
    await dexie.table('vaults').put({ userId: 'evil', dbName: '../fieldwrit', wrappedKey: { kind: 'os' } });
    dexie.close();
    directory = await openVaultDirectory(deps);
    expect((await directory.list()).map((e) => e.userId)).toEqual([LI.id]);
    expect(await directory.get('evil')).toBeNull();
  });

  it('refuses a wrong password: nothing opens and no database is touched', async () => {
    (await createVault(directory, LI, PASSWORD, deps, NOW)).close();
    expect(await unlockVault(directory, LI.id, 'not the password', deps, NOW)).toBeNull();
    expect(await unlockVault(directory, 'nobody', PASSWORD, deps, NOW)).toBeNull();
  });

  it('keeps the key with the OS keystore when there is one, and still checks the password', async () => {
    const keyStore = fakeKeyStore();
    const withStore = { ...deps, keyStore };
    const li = await createVault(directory, LI, PASSWORD, withStore, NOW);
    await createRepositories(li.db).cases.putReceived([makeCase(1)], 3);
    li.close();
    const entry = (await directory.get(LI.id))!;
    expect(entry.wrappedKey.kind).toBe('os');
    expect(entry.credential?.userId).toBe(LI.id);

    expect(await unlockVault(directory, LI.id, 'not the password', withStore, NOW)).toBeNull();
    expect(keyStore.calls).toEqual(['wrap']);
    const opened = await unlockVault(directory, LI.id, PASSWORD, withStore, NOW);
    expect(keyStore.calls).toEqual(['wrap', 'unwrap']);
    expect(await createRepositories(opened!.db).cases.count()).toBe(1);
    // Without the keystore (another machine, another OS account) the right password opens nothing.
    expect(await unlockVault(directory, LI.id, PASSWORD, deps, NOW)).toBeNull();
  });

  it('falls back to the password when the OS has no keystore to use', async () => {
    const withStore = { ...deps, keyStore: fakeKeyStore(false) };
    (await createVault(directory, LI, PASSWORD, withStore, NOW)).close();
    expect((await directory.get(LI.id))!.wrappedKey.kind).toBe('password');
    expect(await unlockVault(directory, LI.id, PASSWORD, withStore, NOW)).not.toBeNull();
  });

  it('switching vaults closes the old key: reads through it throw', async () => {
    const li = await createVault(directory, LI, PASSWORD, deps, NOW);
    const liRepos = createRepositories(li.db);
    await liRepos.cases.putReceived([makeCase(1)], 3);
    li.close();
    const chen = await createVault(directory, CHEN, 'another-Passw0rd', deps, NOW);
    await expect(liRepos.cases.get('case-1')).rejects.toThrow();
    // Even a database reopened around the destroyed key opens nothing.
    await li.db.open();
    await expect(liRepos.cases.get('case-1')).rejects.toThrow(/locked/);
    expect(await createRepositories(chen.db).cases.get('case-1')).toBeUndefined();
  });

  it("carries an older build's unsent outbox into the officer's new vault, then the old database goes", async () => {
    const legacyDb = await openDb(LEGACY_DB, deps);
    const legacy = createRepositories(legacyDb);
    await legacy.meta.deviceId();
    await legacy.cases.putReceived([makeCase(1), makeCase(2)], 3);
    const mine = { userId: LI.id, deviceId: 'device-li' };
    await legacy.cases.update(mine, 'case-1', { notes: '厂区大门紧闭' });
    await legacy.cases.update(mine, 'case-2', { notes: '法定代表人拒不到场' });
    await legacy.session.signIn({
      serverUrl: 'http://127.0.0.1:8765',
      user: { id: LI.id, username: LI.username, name: LI.name, role: 'officer', teamId: 'demo-team-1' },
      deviceId: 'device-li',
      accessToken: 'a',
      accessTokenExpiresAt: NOW.toISOString(),
      refreshToken: 'r',
      refreshTokenExpiresAt: NOW.toISOString(),
    });
    const pendingBefore = await legacy.outbox.pending();
    expect(pendingBefore).toHaveLength(2);

    const vault = await createVault(directory, LI, PASSWORD, deps, NOW);
    const repos = createRepositories(vault.db);
    await repos.meta.deviceId();
    expect(await carryLegacyWork(legacy, repos, LI.id)).toBe(2);
    expect(await repos.outbox.pendingFor('device-li', 10)).toEqual(pendingBefore);
    expect((await repos.session.current())?.refreshToken).toBe('r');
    // The vault starts from an empty cursor: its first sync is a full pull.
    expect(await repos.sync.cursor()).toBe(0);
    expect(await hasOthersWork(legacy, LI.id)).toBe(false);

    legacyDb.close();
    await deleteDatabase(LEGACY_DB, deps);
    expect(await databaseExists(LEGACY_DB, deps)).toBe(false);
    // A new edit continues the device's sequence after the carried entries.
    await repos.cases.putReceived([makeCase(3)], 4);
    await repos.cases.update(mine, 'case-3', { notes: '第三次' });
    expect((await repos.outbox.pendingFor('device-li', 10)).map((m) => m.clientSeq)).toEqual([1, 2, 3]);
  });

  it("keeps another officer's unsent work out of this vault", async () => {
    const legacy = createRepositories(await openDb(LEGACY_DB, deps));
    await legacy.meta.deviceId();
    await legacy.cases.putReceived([makeCase(1)], 3);
    await legacy.cases.update({ userId: CHEN.id, deviceId: 'device-chen' }, 'case-1', {
      notes: '他人的修改',
    });
    const vault = createRepositories((await createVault(directory, LI, PASSWORD, deps, NOW)).db);
    expect(await carryLegacyWork(legacy, vault, LI.id)).toBe(0);
    expect(await vault.outbox.count()).toBe(0);
    expect(await vault.session.current()).toBeNull();
    expect(await hasOthersWork(legacy, LI.id)).toBe(true);
  });
});
