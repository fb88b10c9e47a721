import { Dexie } from 'dexie';
import type { Repositories } from '../createRepositories';
import type { IndexedDbDeps } from './openVaultDirectory';

/**
 * The unsealed database of builds before vaults: the demo court today, and on an installation an older
 * build signed in on, that officer's cases and outbox in plain text.
 */
export const LEGACY_DB = 'fieldwrit';

/** Whether a database of that name exists (without creating it, as opening would). */
export async function databaseExists(name: string, deps: IndexedDbDeps = {}): Promise<boolean> {
  const factory = deps.indexedDB ?? indexedDB;
  return (await factory.databases()).some((d) => d.name === name);
}

/**
 * Carries the unsent work of `userId` from the unsealed database into their new vault: their pending
 * outbox entries (in order, on their device ids, which continue after the highest carried), and their
 * court session when it is theirs. Nothing else is copied: the vault's first sync is a full pull of the
 * officer's scope, which brings back everything the server holds. Returns how many entries were carried.
 */
export async function carryLegacyWork(
  legacy: Repositories,
  vault: Repositories,
  userId: string,
): Promise<number> {
  const mine = (await legacy.outbox.pending()).filter((m) => m.authorUserId === userId);
  if (mine.length > 0) await vault.outbox.restoreFromJournal(mine);
  const auth = await legacy.session.current();
  if (auth?.user.id === userId && !(await vault.session.current())) await vault.session.signIn(auth);
  return mine.length;
}

/** Whether unsent work of other officers is still in the unsealed database (then it is kept for them). */
export async function hasOthersWork(legacy: Repositories, userId: string): Promise<boolean> {
  return (await legacy.outbox.pending()).some((m) => m.authorUserId !== userId);
}

/** Deletes a database for good (the unsealed one once its work is carried over). */
export async function deleteDatabase(name: string, deps: IndexedDbDeps = {}): Promise<void> {
  await new Dexie(name, {
    ...(deps.indexedDB ? { indexedDB: deps.indexedDB } : {}),
    ...(deps.IDBKeyRange ? { IDBKeyRange: deps.IDBKeyRange } : {}),
  }).delete();
}
