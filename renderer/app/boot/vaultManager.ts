import { normalizeUsername } from '../../../shared/auth/normalizeUsername';
import { appClock } from '../../../shared/time/appClock';
import { createRepositories, type Repositories } from '../../data/createRepositories';
import { openDb } from '../../data/db';
import { createVault } from '../../data/vaults/createVault';
import {
  carryLegacyWork,
  databaseExists,
  deleteDatabase,
  hasOthersWork,
  LEGACY_DB,
} from '../../data/vaults/legacyDatabase';
import type { OpenedVault, VaultDeps } from '../../data/vaults/OpenedVault';
import { openVaultDirectory, type VaultDirectory } from '../../data/vaults/openVaultDirectory';
import { rewrapVault } from '../../data/vaults/rewrapVault';
import { unlockVault } from '../../data/vaults/unlockVault';
import { deleteVault } from '../../data/vaults/deleteVault';
import { isNothingUnsent, unsentWork, type UnsentWork } from '../../data/vaults/unsentWork';
import { getDeviceSecurity } from '../../platform/getDeviceSecurity';
import { createCourtConnection } from '../../sync/court/createCourtConnection';
import {
  checkLocalCredential,
  LOCAL_CREDENTIAL_KEY,
  localCredentialSchema,
  type LocalCredential,
} from '../../sync/localCredential';
import {
  adoptSession,
  deviceForKey,
  IDLE_LOCK_MINUTES_KEY,
  loginToCourt,
  signOut,
  type SignInInput,
} from '../../sync/signIn';
import { adoptLegacySessionStore } from './adoptLegacySessionStore';
import { demoCaseCountFromUrl, DEMO_SEED } from './demoCourtRequest';
import { loadDemoCourt, type DemoProgress } from './loadDemoCourt';
import { openAppServices, type OpenServices } from './openAppServices';
import { VaultPasswordMismatch } from './VaultPasswordMismatch';
import { setVaultState, useVaultState, type LocalOfficer, type LockNotice } from './vaultState';

/** The court's idle lock when its server says nothing (docs/security.md, "Data at rest"). */
export const DEFAULT_IDLE_LOCK_MINUTES = 15;

let directory: VaultDirectory | null = null;
let current: OpenServices | null = null;
let openCount = 0;
/** The officer an older build signed in here, whose plain database waits to become their vault. */
let legacyCredential: LocalCredential | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** One change of vault at a time: a lock arriving during an unlock waits for it, never interleaves. */
function serialized<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

const deps = (): VaultDeps => ({ keyStore: getDeviceSecurity().keyStore });

async function theDirectory(): Promise<VaultDirectory> {
  directory ??= await openVaultDirectory();
  return directory;
}

function closeCurrent(): void {
  current?.close();
  current = null;
}

async function showLocked(notice?: LockNotice): Promise<void> {
  const officers: LocalOfficer[] = (await (await theDirectory()).list()).map((e) => ({
    userId: e.userId,
    name: e.name,
    username: e.username,
  }));
  if (legacyCredential && !officers.some((o) => o.userId === legacyCredential?.userId))
    officers.push({
      userId: legacyCredential.userId,
      name: legacyCredential.name,
      username: legacyCredential.username,
    });
  setVaultState({ phase: 'locked', officers, ...(notice ? { notice } : {}) });
}

/**
 * Closes the open officer's vault and, when nothing in it is unsent, deletes it (database and directory
 * entry): the court server has every change and every photo, so nothing of their cases stays on the
 * laptop. With unsent work it stays, locked, and what it holds is returned. Never for the demo court.
 */
async function closeAndRemoveIfSent(): Promise<UnsentWork> {
  const open = current;
  const ownerId = (useVaultState.getState().state as { ownerId?: string | null }).ownerId ?? null;
  if (!open || ownerId === null) throw new Error('no officer vault is open');
  const work = await unsentWork(open.services.repos);
  closeCurrent();
  const dir = await theDirectory();
  const entry = await dir.get(ownerId);
  if (entry && isNothingUnsent(work)) await deleteVault(dir, entry);
  return work;
}

/** How a sign-out ended: the vault deleted, refused because work is unsent (nothing done), or kept locked. */
export type SignOutOutcome =
  | { outcome: 'removed' }
  | { outcome: 'unsent'; work: UnsentWork }
  | { outcome: 'keptLocked'; work: UnsentWork };

/** The password check an older build kept in its plain database, if an officer was signed in there. */
async function readLegacyCredential(): Promise<LocalCredential | null> {
  if (!(await databaseExists(LEGACY_DB))) return null;
  const db = await openDb(LEGACY_DB);
  try {
    return (
      localCredentialSchema.safeParse(await createRepositories(db).meta.get(LOCAL_CREDENTIAL_KEY)).data ??
      null
    );
  } finally {
    db.close();
  }
}

/** The device id the plain database knew for `username` (an older build's sign-in), if any. */
async function legacyDeviceFor(username: string): Promise<string | undefined> {
  if (!(await databaseExists(LEGACY_DB))) return undefined;
  const db = await openDb(LEGACY_DB);
  const value = await createRepositories(db).meta.get(deviceForKey(username));
  db.close();
  return typeof value === 'string' ? value : undefined;
}

/**
 * Moves the officer's unsent work out of the plain database into their vault; the demo court there is
 * dropped first (it never goes to a court). The plain database is then deleted, unless another officer's
 * unsent work is still in it (it waits for them to sign in).
 */
async function carryFromLegacy(repos: Repositories, userId: string): Promise<void> {
  if (!(await databaseExists(LEGACY_DB))) return;
  const db = await openDb(LEGACY_DB);
  const legacy = createRepositories(db);
  if (await legacy.meta.isDemoLoaded()) await legacy.sync.removeDemoData();
  await carryLegacyWork(legacy, repos, userId);
  const isKept = await hasOthersWork(legacy, userId);
  db.close();
  if (!isKept) await deleteDatabase(LEGACY_DB);
}

/** The demo court's `?demoCases=` means nothing in a vault; without it, links within the app stay in-page. */
function dropDemoQuery(): void {
  if (window.location.search === '') return;
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.hash);
}

async function openVault(
  vault: OpenedVault,
  prepare: (repos: Repositories) => Promise<void> = async () => {},
) {
  closeCurrent();
  try {
    current = await openAppServices(
      vault.db,
      () => vault.close(),
      vault.entry.userId,
      (s) => prepare(s.repos),
      () => void vaultManager.deviceRevoked(),
    );
  } catch (error) {
    vault.close();
    throw error;
  }
  const minutes = await current.services.repos.meta.get(IDLE_LOCK_MINUTES_KEY);
  const idle = typeof minutes === 'number' && minutes >= 1 ? minutes : DEFAULT_IDLE_LOCK_MINUTES;
  dropDemoQuery();
  setVaultState({
    phase: 'open',
    services: current.services,
    openKey: ++openCount,
    ownerId: vault.entry.userId,
    idleLockMs: idle * 60_000,
  });
}

async function openDemo(): Promise<void> {
  const db = await openDb(LEGACY_DB);
  current = await openAppServices(
    db,
    () => db.close(),
    null,
    async ({ repos }) => {
      await adoptLegacySessionStore(repos);
      await loadDemoCourt(
        repos,
        { seed: DEMO_SEED, caseCount: demoCaseCountFromUrl(window.location.search), now: appClock.date() },
        (progress: DemoProgress) => setVaultState({ phase: 'generating', progress }),
      );
    },
  );
  setVaultState({
    phase: 'open',
    services: current.services,
    openKey: ++openCount,
    ownerId: null,
    idleLockMs: null,
  });
}

/**
 * The page's vaults: which officer's sealed database is open, with what services, or none (locked).
 * Closing a vault stops its sync engine, closes its database and wipes its key; the app tree over it is
 * unmounted (BootGate keys it by `openKey`). Before anyone signed in on this installation, the demo court
 * runs in the plain database as before.
 */
export const vaultManager = {
  /** Boots the page: the lock screen if officers have vaults here, else the demo court. */
  start(): Promise<void> {
    return serialized(async () => {
      if (
        useVaultState.getState().state.phase !== 'opening' &&
        useVaultState.getState().state.phase !== 'failed'
      )
        return;
      setVaultState({ phase: 'opening' });
      try {
        if ((await (await theDirectory()).list()).length > 0) return await showLocked();
        legacyCredential = await readLegacyCredential();
        if (legacyCredential) return await showLocked();
        await openDemo();
      } catch (error) {
        closeCurrent();
        setVaultState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    });
  },

  /** Opens `userId`'s vault with their password (offline); false when the password is wrong. */
  unlock(userId: string, password: string): Promise<boolean> {
    return serialized(async () => {
      const dir = await theDirectory();
      const legacy = legacyCredential;
      if (legacy?.userId === userId && !(await dir.get(userId))) {
        if (!(await checkLocalCredential(legacy, password))) return false;
        const officer = { id: legacy.userId, username: legacy.username, name: legacy.name };
        const vault = await createVault(dir, officer, password, deps(), appClock.date());
        await openVault(vault, (repos) => carryFromLegacy(repos, userId));
        const auth = await current?.services.repos.session.current();
        if (auth) await dir.put({ ...vault.entry, deviceId: auth.deviceId });
        legacyCredential = null;
        return true;
      }
      const vault = await unlockVault(dir, userId, password, deps(), appClock.date());
      if (!vault) return false;
      await openVault(vault);
      return true;
    });
  },

  /**
   * Signs an officer in to the court server (online) and opens their vault — made now, on their first
   * sign-in here, with a random key wrapped by the password just typed, and an empty cursor: the first
   * sync is a full pull of their scope. Throws the court's refusal, or VaultPasswordMismatch; then the
   * app stays as it was. `previousPassword`, asked for after a VaultPasswordMismatch, re-wraps the vault's
   * key with the new password once the court accepted it.
   */
  signIn(input: SignInInput, previousPassword?: string): Promise<void> {
    return serialized(async () => {
      const dir = await theDirectory();
      const username = normalizeUsername(input.username);
      const court =
        current?.services.court ??
        createCourtConnection({
          credentials: { current: async () => null, saveRefreshed: async () => false },
        });
      const known =
        (await dir.list()).find((e) => e.username === username)?.deviceId ??
        (await legacyDeviceFor(username));
      const r = await loginToCourt(court, input, known);
      // The password changed since this vault was made: with the old one given too, the key is wrapped
      // again with the new one (rewrapVault), else VaultPasswordMismatch below and the old one still opens it.
      if (previousPassword !== undefined)
        await rewrapVault(dir, r.user.id, previousPassword, input.password, deps());
      const vault = (await dir.get(r.user.id))
        ? await unlockVault(dir, r.user.id, input.password, deps(), appClock.date())
        : await createVault(
            dir,
            { id: r.user.id, username, name: r.user.name },
            input.password,
            deps(),
            appClock.date(),
          );
      if (!vault) throw new VaultPasswordMismatch();
      await openVault(vault, async (repos) => {
        await carryFromLegacy(repos, r.user.id);
        await adoptSession(repos, input, r);
      });
      await dir.put({ ...vault.entry, deviceId: r.deviceId });
      if (legacyCredential?.userId === r.user.id) legacyCredential = null;
    });
  },

  /** Locks: the services, the database and the key go; the lock screen lists the officers. */
  lock(): Promise<void> {
    return serialized(async () => {
      if (useVaultState.getState().state.phase !== 'open' || !current) return;
      if ((useVaultState.getState().state as { ownerId: string | null }).ownerId === null) return;
      closeCurrent();
      await showLocked();
    });
  },

  /** What the open vault holds that the court server does not have yet (the sign-out dialog names it). */
  async unsentWork(): Promise<UnsentWork | null> {
    return current ? unsentWork(current.services.repos) : null;
  },

  /**
   * Signs the officer out: the court ends the device's session, and when everything reached the court
   * server their vault is deleted from this laptop. With unsent work, `removeIfSent` does nothing and
   * returns what would be lost (the dialog offers "sync first"); `keepLocked` signs out and keeps the
   * vault, locked, with all of it (the officer signs in again to send it). Nothing is ever lost silently.
   */
  signOut(choice: 'removeIfSent' | 'keepLocked' = 'removeIfSent'): Promise<SignOutOutcome> {
    return serialized(async () => {
      const open = current;
      const ownerId = (useVaultState.getState().state as { ownerId?: string | null }).ownerId ?? null;
      if (!open || ownerId === null) return { outcome: 'removed' } as const;
      const work = await unsentWork(open.services.repos);
      if (!isNothingUnsent(work) && choice === 'removeIfSent') return { outcome: 'unsent', work } as const;
      // The court ends the device's session too (a copied token stops working); offline, sign-out goes on.
      await open.services.court.logoutFromCourt();
      await signOut(open.services.repos);
      const kept = await closeAndRemoveIfSent();
      await showLocked();
      return isNothingUnsent(kept)
        ? ({ outcome: 'removed' } as const)
        : ({ outcome: 'keptLocked', work: kept } as const);
    });
  },

  /**
   * The court server revoked this device (CourtDeviceRevoked at any contact): its sync engine has
   * stopped. Nothing unsent: the vault is deleted. Unsent work can no longer reach the court from this
   * device (only after the officer signs in again, which registers it anew): the vault is kept, locked,
   * and the lock screen names what it holds, so the officer or their lead can decide; nothing is lost.
   */
  deviceRevoked(): Promise<void> {
    return serialized(async () => {
      if (!current || (useVaultState.getState().state as { ownerId?: string | null }).ownerId == null) return;
      // Its tokens are dead: what stays is signed out, so only a new sign-in (a new device) opens it online.
      await signOut(current.services.repos);
      const work = await closeAndRemoveIfSent();
      await showLocked({ kind: 'deviceRevoked', kept: isNothingUnsent(work) ? null : work });
    });
  },
};
