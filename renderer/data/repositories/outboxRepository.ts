import type { Mutation } from '../../../shared/sync/mutation';
import type { FieldWritDb } from '../db';

/** Read access to the device's outbox (the sync engine drains it; screens show counts). */
export function createOutboxRepository(db: FieldWritDb) {
  return {
    async pending(): Promise<Mutation[]> {
      const rows = await db.outbox.where('clientSeq').above(0).toArray();
      return rows.filter((r) => r.state === 'pending').map(({ state: _s, ...m }) => m);
    },
    async count(): Promise<number> {
      return db.outbox.count();
    },
    async forEntity(entityId: string): Promise<Mutation[]> {
      const rows = await db.outbox.where('entityId').equals(entityId).sortBy('clientSeq');
      return rows.map(({ state: _s, ...m }) => m);
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
