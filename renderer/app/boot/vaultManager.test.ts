import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRepositories } from '../../data/createRepositories';
import { openDb } from '../../data/db';
import { makeCase } from '../../data/testing/makeCase';
import { databaseExists, LEGACY_DB } from '../../data/vaults/legacyDatabase';
import { openVaultDirectory } from '../../data/vaults/openVaultDirectory';
import { LOCAL_CREDENTIAL_KEY, makeLocalCredential } from '../../sync/localCredential';
import { useSyncStore } from '../../sync/syncStore';
import { vaultManager } from './vaultManager';
import { useVaultState } from './vaultState';

// The manager runs as in the page, over fake-indexeddb, with the few browser globals it touches.
const listeners = { addEventListener: () => {}, removeEventListener: () => {} };
beforeAll(() => {
  vi.stubGlobal('__APP_VERSION__', 'test');
  vi.stubGlobal('window', {
    ...listeners,
    location: { search: '', pathname: '/', hash: '#/cases' },
    history: { state: null, replaceState: () => {} },
  });
  vi.stubGlobal('document', { ...listeners, visibilityState: 'hidden' });
});
afterAll(async () => {
  await vaultManager.lock();
  vi.unstubAllGlobals();
});

const OFFICER = { id: 'demo-officer-2', username: 'demo-officer-2', name: '李海涛' };
const PASSWORD = 'e2e-Passw0rd!';
const state = () => useVaultState.getState().state;

/** What an older build left: a plain database with the officer signed in, their unsent edits, a password check. */
async function seedOlderBuild() {
  const db = await openDb(LEGACY_DB);
  const repos = createRepositories(db);
  await repos.meta.deviceId();
  await repos.cases.putReceived([makeCase(1), makeCase(2)], 3);
  const ctx = { userId: OFFICER.id, deviceId: 'device-li' };
  await repos.cases.update(ctx, 'case-1', { notes: '厂区大门紧闭' });
  await repos.cases.update(ctx, 'case-2', { notes: '法定代表人拒不到场' });
  await repos.session.signIn({
    // Nothing listens there: the vault's first sync fails fast, as offline.
    serverUrl: 'http://127.0.0.1:9',
    user: { ...OFFICER, role: 'officer', teamId: 'demo-team-1' },
    deviceId: 'device-li',
    accessToken: 'a',
    accessTokenExpiresAt: '2027-03-31T16:05:00Z',
    refreshToken: 'r',
    refreshTokenExpiresAt: '2027-04-30T15:50:00Z',
  });
  await repos.meta.put(LOCAL_CREDENTIAL_KEY, await makeLocalCredential(OFFICER, PASSWORD));
  const pending = await repos.outbox.pending();
  db.close();
  return pending;
}

describe('vaultManager', () => {
  it("turns an older build's plain database into the officer's vault at first unlock, then locks it", async () => {
    const pending = await seedOlderBuild();
    expect(pending).toHaveLength(2);

    await vaultManager.start();
    // A real officer's data was there: not the demo court, the lock screen.
    expect(state()).toEqual({
      phase: 'locked',
      officers: [{ userId: OFFICER.id, name: OFFICER.name, username: OFFICER.username }],
    });

    expect(await vaultManager.unlock(OFFICER.id, 'not the password')).toBe(false);
    expect(state().phase).toBe('locked');
    expect(await databaseExists(LEGACY_DB)).toBe(true);

    expect(await vaultManager.unlock(OFFICER.id, PASSWORD)).toBe(true);
    const open = state();
    if (open.phase !== 'open') throw new Error(`not open: ${open.phase}`);
    expect(open.ownerId).toBe(OFFICER.id);
    expect(open.idleLockMs).toBe(15 * 60_000);
    const { repos } = open.services;
    // The unsent work came along (in order, same ids), with the session; the plain database is gone.
    expect(await repos.outbox.pendingFor('device-li', 10)).toEqual(pending);
    expect((await repos.session.current())?.refreshToken).toBe('r');
    expect(await repos.cases.count()).toBe(0);
    expect(await databaseExists(LEGACY_DB)).toBe(false);
    const directory = await openVaultDirectory();
    const entry = await directory.get(OFFICER.id);
    directory.close();
    expect(entry?.deviceId).toBe('device-li');
    expect(entry?.wrappedKey.kind).toBe('password');

    // Locking drops the services: reads through the old ones fail, and the header forgets the vault.
    await vaultManager.lock();
    expect(state()).toEqual({
      phase: 'locked',
      officers: [{ userId: OFFICER.id, name: OFFICER.name, username: OFFICER.username }],
    });
    await expect(repos.outbox.count()).rejects.toThrow();
    expect(useSyncStore.getState().status).toBe('signedOut');

    // The next unlock opens the same vault with the same password, and only that.
    expect(await vaultManager.unlock(OFFICER.id, 'not the password')).toBe(false);
    expect(await vaultManager.unlock(OFFICER.id, PASSWORD)).toBe(true);
    const again = state();
    if (again.phase !== 'open') throw new Error('not open');
    expect(await again.services.repos.outbox.pendingFor('device-li', 10)).toEqual(pending);
  });
});
