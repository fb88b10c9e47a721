import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import { vaultManager } from '../../../renderer/app/boot/vaultManager';
import { useVaultState } from '../../../renderer/app/boot/vaultState';
import type { AppServices } from '../../../renderer/app/services/AppServices';
import { mutationContextOf } from '../../../renderer/data/session/mutationContextOf';
import { openVaultDirectory } from '../../../renderer/data/vaults/openVaultDirectory';
import { revokeDevice } from '../../../server/auth/revokeDevice';
import { TEST_PASSWORD } from '../server/support/seedCourt';
import { createCases, useServerSuite } from '../server/support/serverSuite';

const listeners = { addEventListener: () => {}, removeEventListener: () => {} };

const state = () => useVaultState.getState().state;
function services(): AppServices {
  const s = state();
  if (s.phase !== 'open') throw new Error(`no vault open (${s.phase})`);
  return s.services;
}
/** The sealed database name of `userId`'s vault, or null when the directory has none. */
async function vaultDbOf(userId: string): Promise<string | null> {
  const dir = await openVaultDirectory();
  const entry = await dir.get(userId);
  dir.close();
  return entry?.dbName ?? null;
}

/**
 * "Removed means removed" (issue 11, point 3) against the real court server in process: signing out once
 * everything reached the court deletes the officer's vault; unsent work is never lost silently; a device
 * the court revoked stops syncing and its vault goes.
 */
// The vault manager runs as in the page, over fake-indexeddb, with the few browser globals it touches.
describe('sign-out and a revoked device remove the vault', () => {
  const server = useServerSuite('pglite');
  // After the server's own setup: PGlite reads `window` too, and must not see the page's stand-in.
  beforeAll(() => {
    vi.stubGlobal('__APP_VERSION__', '0.1.0');
    vi.stubGlobal('window', {
      ...listeners,
      encodeURIComponent,
      decodeURIComponent,
      location: { search: '', pathname: '/', hash: '#/cases' },
      history: { state: null, replaceState: () => {} },
    });
    vi.stubGlobal('document', { ...listeners, visibilityState: 'hidden' });
  });
  afterAll(async () => {
    await vaultManager.lock();
    vi.unstubAllGlobals();
  });
  let url = '';
  let theCase: Case;
  let otherCase: Case;

  beforeAll(async () => {
    url = await server.app.listen({ port: 0, host: '127.0.0.1' });
    [theCase, otherCase] = (await createCases(server.sql, server.court.teamA, 2)).cases as [Case, Case];
  });

  const signIn = () =>
    vaultManager.signIn({ serverUrl: url, username: 'a1', password: TEST_PASSWORD, deviceName: 'laptop' });

  it('deletes the vault database and its directory entry at sign-out when the court has everything', async () => {
    await signIn();
    await services().sync.syncNow();
    expect((await services().repos.cases.get(theCase.id))?.caseNumber).toBe(theCase.caseNumber);
    const userId = (await services().repos.session.current())!.user.id;
    const dbName = (await vaultDbOf(userId))!;
    expect(await Dexie.exists(dbName)).toBe(true);

    expect(await vaultManager.signOut()).toEqual({ outcome: 'removed' });
    expect(await Dexie.exists(dbName)).toBe(false);
    expect(await vaultDbOf(userId)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(dbName);
    expect(state()).toMatchObject({ phase: 'locked', officers: [] });
  });

  it('with unsent work refuses to delete, names what would be lost, and keeps the vault locked on request', async () => {
    await signIn();
    await services().sync.syncNow();
    const ctx = mutationContextOf(await services().repos.session.writer());
    await services().repos.cases.update(ctx, theCase.id, { notes: '厂区大门紧闭' });
    await services().repos.cases.update(ctx, theCase.id, { notes: '厂区大门紧闭，无人应答' });
    await services().repos.cases.update(ctx, otherCase.id, { notes: '法定代表人拒不到场' });
    const userId = (await services().repos.session.current())!.user.id;
    const dbName = (await vaultDbOf(userId))!;

    expect(await vaultManager.signOut()).toEqual({
      outcome: 'unsent',
      work: { changes: 2, records: 2, photos: 0 },
    });
    // Nothing was done: still signed in, the vault open.
    expect(state().phase).toBe('open');
    expect(await services().repos.session.current()).not.toBeNull();

    expect(await vaultManager.signOut('keepLocked')).toEqual({
      outcome: 'keptLocked',
      work: { changes: 2, records: 2, photos: 0 },
    });
    expect(await Dexie.exists(dbName)).toBe(true);
    expect(state()).toMatchObject({ phase: 'locked', officers: [{ userId }] });

    // Signing in again opens the same vault, with the edits; they reach the court; then sign-out deletes it.
    await signIn();
    expect((await services().repos.cases.get(theCase.id))?.notes).toBe('厂区大门紧闭，无人应答');
    await services().sync.syncNow();
    expect(await services().repos.outbox.count()).toBe(0);
    expect(await vaultManager.signOut()).toEqual({ outcome: 'removed' });
    expect(await Dexie.exists(dbName)).toBe(false);
  });

  it('a device the court revoked stops syncing, and its vault is deleted when nothing is unsent', async () => {
    await signIn();
    await services().sync.syncNow();
    const auth = (await services().repos.session.current())!;
    const dbName = (await vaultDbOf(auth.user.id))!;
    await server.sql.transaction((tx) => revokeDevice(tx, auth.deviceId, 'admin', server.now.ms));

    await services().sync.syncNow();
    await vi.waitFor(() => expect(state().phase).toBe('locked'));
    expect(state()).toMatchObject({ phase: 'locked', notice: { kind: 'deviceRevoked', kept: null } });
    expect(await Dexie.exists(dbName)).toBe(false);
    expect(await vaultDbOf(auth.user.id)).toBeNull();
  });

  it('a revoked device with unsent work keeps it locked and says what it holds', async () => {
    await signIn();
    await services().sync.syncNow();
    const auth = (await services().repos.session.current())!;
    const dbName = (await vaultDbOf(auth.user.id))!;
    await server.sql.transaction((tx) => revokeDevice(tx, auth.deviceId, 'admin', server.now.ms));
    const ctx = mutationContextOf(await services().repos.session.writer());
    await services().repos.cases.update(ctx, theCase.id, { notes: '被停用后记录' });

    await services().sync.syncNow();
    await vi.waitFor(() => expect(state().phase).toBe('locked'));
    expect(state()).toMatchObject({
      phase: 'locked',
      notice: { kind: 'deviceRevoked', kept: { changes: 1, records: 1, photos: 0 } },
    });
    expect(await Dexie.exists(dbName)).toBe(true);
  });
});
