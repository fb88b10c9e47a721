import type { Page } from '@playwright/test';
import { COURT_PASSWORD } from './courtServer';

/**
 * Reads every row of one object store of the app's open data straight from IndexedDB (no app code): the
 * demo court's plain database before anyone signed in, else the vault last unlocked, opened as its officer
 * can — the password unwraps the data key (PBKDF2 → AES-GCM), HKDF gives the sealing key, and each row's
 * `$sealed` JSON is opened with AES-GCM (renderer/data/crypto: table and key as associated data).
 */
export async function readStore<T>(page: Page, store: string, password = COURT_PASSWORD): Promise<T[]> {
  return page.evaluate(
    async ({ storeName, password }) => {
      const done = <R>(r: IDBRequest<R>) =>
        new Promise<R>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const openDb = (name: string) => done(indexedDB.open(name));
      const names = (await indexedDB.databases()).map((d) => d.name);
      type Entry = {
        dbName: string;
        createdAt: string;
        lastUnlockedAt?: string;
        wrappedKey: {
          kind: string;
          salt: Uint8Array;
          iv: Uint8Array;
          wrapped: Uint8Array;
          iterations: number;
        };
      };
      let entries: Entry[] = [];
      if (names.includes('fieldwrit-vaults')) {
        const dir = await openDb('fieldwrit-vaults');
        entries = (await done(dir.transaction('vaults').objectStore('vaults').getAll())) as Entry[];
        dir.close();
      }
      if (entries.length === 0) {
        const plain = await openDb('fieldwrit');
        const rows = await done(plain.transaction(storeName).objectStore(storeName).getAll());
        plain.close();
        return rows as T[];
      }
      const at = (e: Entry) => e.lastUnlockedAt ?? e.createdAt;
      const entry = entries.sort((a, b) => at(b).localeCompare(at(a)))[0]!;
      const encode = (s: string) => new TextEncoder().encode(s);
      const wk = entry.wrappedKey;
      const material = await crypto.subtle.importKey('raw', encode(password), 'PBKDF2', false, ['deriveKey']);
      const kek = await crypto.subtle.deriveKey(
        { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(wk.salt), iterations: wk.iterations },
        material,
        { name: 'AES-GCM', length: 256 },
        false,
        ['decrypt'],
      );
      const raw = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: new Uint8Array(wk.iv), additionalData: encode('fieldwrit/data-key/v1') },
        kek,
        new Uint8Array(wk.wrapped),
      );
      const hkdf = await crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']);
      const sealKey = await crypto.subtle.deriveKey(
        { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encode('fieldwrit/seal/v1') },
        hkdf,
        { name: 'AES-GCM', length: 256 },
        false,
        ['decrypt'],
      );
      const db = await openDb(entry.dbName);
      const objectStore = db.transaction(storeName).objectStore(storeName);
      const keyPath = objectStore.keyPath;
      const rows = (await done(objectStore.getAll())) as Record<string, unknown>[];
      db.close();
      const opened: unknown[] = [];
      for (const row of rows) {
        const primaryKey = Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath as string];
        const sealed = row.$sealed as Uint8Array;
        const plain = await crypto.subtle.decrypt(
          {
            name: 'AES-GCM',
            iv: sealed.slice(0, 12),
            additionalData: encode(`${storeName}\u0000${JSON.stringify(primaryKey)}\u0000`),
          },
          sealKey,
          sealed.slice(12),
        );
        opened.push(JSON.parse(new TextDecoder().decode(plain)));
      }
      return opened as T[];
    },
    { storeName: store, password },
  );
}

/**
 * Everything every IndexedDB database of the page's origin holds, as a thief with the profile folder
 * reads it (no key): every value of every row of every store, bytes decoded both as Latin-1 and UTF-8.
 */
export async function readEveryDatabaseRaw(page: Page): Promise<{ databases: string[]; text: string }> {
  return page.evaluate(async () => {
    const done = <R>(r: IDBRequest<R>) =>
      new Promise<R>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const parts: string[] = [];
    const latin1 = new TextDecoder('latin1');
    const utf8 = new TextDecoder();
    const dump = (value: unknown): void => {
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const bytes =
          value instanceof ArrayBuffer
            ? new Uint8Array(value)
            : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        parts.push(latin1.decode(bytes), utf8.decode(bytes));
      } else if (value instanceof Blob) parts.push('[blob]');
      else if (value && typeof value === 'object') for (const v of Object.values(value)) dump(v);
      else parts.push(String(value));
    };
    const databases = (await indexedDB.databases()).map((d) => d.name!);
    for (const name of databases) {
      const db = await done(indexedDB.open(name));
      for (const store of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(store);
        dump(await done(tx.objectStore(store).getAll()));
        dump(await done(tx.objectStore(store).getAllKeys()));
      }
      db.close();
    }
    return { databases, text: parts.join('\n') };
  });
}
