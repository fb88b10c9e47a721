import type { Mutation } from '../../../shared/sync/mutation';
import type { Problem } from '../../../shared/sync/protocol';
import type { FieldWritDb } from '../db';
import type { OutboxRow } from '../rows';
import { nextSeqKey } from '../outbox/mutate';

export type RejectedMutation = Mutation & { rejection: Problem | null };

const strip = ({ state: _s, rejection: _r, ...m }: OutboxRow): Mutation => m;

/** The device's outbox: what screens count and the sync engine drains. */
export function createOutboxRepository(db: FieldWritDb) {
  return {
    /** Pending mutations of every device id on this installation, oldest first. */
    async pending(): Promise<Mutation[]> {
      const rows = await db.outbox.where('state').equals('pending').toArray();
      return rows
        .sort((a, b) => a.deviceTime.localeCompare(b.deviceTime) || a.clientSeq - b.clientSeq)
        .map(strip);
    },
    /** The first `limit` pending mutations of one device id, in clientSeq order: the next push batch. */
    async pendingFor(deviceId: string, limit: number): Promise<Mutation[]> {
      const rows = await db.outbox
        .where('[deviceId+clientSeq]')
        .between([deviceId, 0], [deviceId, Number.MAX_SAFE_INTEGER])
        .filter((r) => r.state === 'pending')
        .limit(limit)
        .toArray();
      return rows.map(strip);
    },
    async rejected(): Promise<RejectedMutation[]> {
      const rows = await db.outbox.where('state').equals('rejected').toArray();
      return rows.map((r) => ({ ...strip(r), rejection: r.rejection ?? null }));
    },
    /**
     * Rebuilds a lost outbox from the desktop journal: every journalled mutation goes back in as pending
     * (the server answers `duplicate` for those it already has) and each device's sequence continues after
     * the highest one seen. Only used when the database came back empty.
     */
    async restoreFromJournal(mutations: readonly Mutation[]): Promise<number> {
      return db.transaction('rw', db.outbox, db.meta, async () => {
        await db.outbox.bulkPut(mutations.map((m) => ({ ...m, state: 'pending' as const })));
        const highest = new Map<string, number>();
        for (const m of mutations)
          highest.set(m.deviceId, Math.max(highest.get(m.deviceId) ?? 0, m.clientSeq));
        for (const [deviceId, seq] of highest)
          await db.meta.put({ key: nextSeqKey(deviceId), value: seq + 1 });
        return mutations.length;
      });
    },
    async count(): Promise<number> {
      return db.outbox.count();
    },
    async forEntity(entityId: string): Promise<Mutation[]> {
      const rows = await db.outbox.where('entityId').equals(entityId).toArray();
      return rows.sort((a, b) => a.clientSeq - b.clientSeq).map(strip);
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
