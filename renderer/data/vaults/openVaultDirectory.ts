import { Dexie, type Table } from 'dexie';
import { logger } from '../../logger';
import { vaultEntrySchema, type VaultEntry } from './vaultEntry';

/** The unsealed database that lists the vaults of this installation (one per officer who signed in). */
export const VAULT_DIRECTORY_DB = 'fieldwrit-vaults';

export type IndexedDbDeps = { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };

class VaultDirectoryDb extends Dexie {
  vaults!: Table<unknown, string>;
  constructor(deps: IndexedDbDeps) {
    super(VAULT_DIRECTORY_DB, {
      chromeTransactionDurability: 'strict',
      ...(deps.indexedDB ? { indexedDB: deps.indexedDB } : {}),
      ...(deps.IDBKeyRange ? { IDBKeyRange: deps.IDBKeyRange } : {}),
    });
    this.version(1).stores({ vaults: 'userId' });
  }
}

/** The vault directory: who has a vault here, their wrapped key and their sealed database's name. */
export type VaultDirectory = {
  /** Every readable entry, most recently unlocked first. An entry that does not parse is left out. */
  list(): Promise<VaultEntry[]>;
  get(userId: string): Promise<VaultEntry | null>;
  put(entry: VaultEntry): Promise<void>;
  remove(userId: string): Promise<void>;
  close(): void;
};

export async function openVaultDirectory(deps: IndexedDbDeps = {}): Promise<VaultDirectory> {
  const db = new VaultDirectoryDb(deps);
  await db.open();
  const parse = (row: unknown): VaultEntry | null => {
    const parsed = vaultEntrySchema.safeParse(row);
    // Anything on disk may have been altered: an entry that does not parse opens nothing.
    if (!parsed.success) logger.warn('an unreadable vault directory entry was ignored');
    return parsed.success ? parsed.data : null;
  };
  return {
    async list() {
      const entries = (await db.vaults.toArray()).map(parse).filter((e) => e !== null);
      const at = (e: VaultEntry) => e.lastUnlockedAt ?? e.createdAt;
      return entries.sort((a, b) => at(b).localeCompare(at(a)));
    },
    async get(userId) {
      const row = await db.vaults.get(userId);
      const entry = row === undefined ? null : parse(row);
      return entry?.userId === userId ? entry : null;
    },
    async put(entry) {
      await db.vaults.put(vaultEntrySchema.parse(entry));
    },
    async remove(userId) {
      await db.vaults.delete(userId);
    },
    close: () => db.close(),
  };
}
