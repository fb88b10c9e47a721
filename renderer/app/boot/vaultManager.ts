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
import { unlockVault } from '../../data/vaults/unlockVault';
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
import { setVaultState, useVaultState, type LocalOfficer } from './vaultState';

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

async function showLocked(): Promise<void> {
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
  setVaultState({ phase: 'locked', officers });
}

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
   * app stays as it was.
   */
  signIn(input: SignInInput): Promise<void> {
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

  /** Ends the court session in the open vault (its unsent work stays in it), then locks. */
  async signOut(): Promise<void> {
    // The court ends the device's session too (a copied token stops working); offline, sign-out goes on.
    if (current) await current.services.court.logoutFromCourt();
    if (current) await signOut(current.services.repos);
    await this.lock();
  },
};
