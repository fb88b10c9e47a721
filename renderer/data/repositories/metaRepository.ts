import type { FieldWritDb } from '../db';
import { newId } from '../newId';

/** Device-level settings kept in the database (not synced). */
export function createMetaRepository(db: FieldWritDb) {
  return {
    /** This installation's device id, created on first use. */
    async deviceId(): Promise<string> {
      return db.transaction('rw', db.meta, async () => {
        const row = await db.meta.get('deviceId');
        if (typeof row?.value === 'string') return row.value;
        const id = newId();
        await db.meta.put({ key: 'deviceId', value: id });
        return id;
      });
    },
    /** A raw setting; callers parse it (zod) because anything stored may predate today's shape. */
    async get(key: string): Promise<unknown> {
      return (await db.meta.get(key))?.value;
    },
    async put(key: string, value: unknown): Promise<void> {
      await db.meta.put({ key, value });
    },
    async remove(key: string): Promise<void> {
      await db.meta.delete(key);
    },
    async isDemoLoaded(): Promise<boolean> {
      return (await db.meta.get('demoLoaded'))?.value === true;
    },
    async markDemoLoaded(): Promise<void> {
      await db.meta.put({ key: 'demoLoaded', value: true });
    },
  };
}

export type MetaRepository = ReturnType<typeof createMetaRepository>;
