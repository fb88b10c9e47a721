import type { SealedJournalEntry } from '../../../shared/ipc/schemas';
import type { Mutation } from '../../../shared/sync/mutation';
import { openJournalEntries } from '../crypto/journalSealing';
import type { Problem } from '../../../shared/sync/protocol';
import type { FieldWritDb } from '../db';
import type { OutboxRow } from '../rows';
import { nextSeqKey } from '../outbox/mutate';
import { sentThroughKey } from '../outbox/sentThroughKey';

export type RejectedMutation = Mutation & { rejection: Problem | null };

const strip = ({ state: _s, rejection: _r, ...m }: OutboxRow): Mutation => m;

/** The device's outbox: what screens count and the sync engine drains. */
export function createOutboxRepository(db: FieldWritDb) {
  /** Pending entries of one device id in clientSeq order (refused ones no longer block the queue). */
  const pendingOf = (deviceId: string) =>
    db.outbox
      .where('[deviceId+clientSeq]')
      .between([deviceId, 0], [deviceId, Number.MAX_SAFE_INTEGER])
      .filter((r) => r.state === 'pending');
  const pendingRows = (deviceId: string, limit: number): Promise<OutboxRow[]> =>
    pendingOf(deviceId).limit(limit).toArray();

  /**
   * Rebuilds a lost outbox from the desktop journal: every journalled mutation goes back in as pending
   * (the server answers `duplicate` for those it already has) and each device's sequence continues after
   * the highest one seen. The journal holds an entry again each time an edit was folded into it (same
   * clientSeq, new mutationId), oldest first: the last one for a clientSeq is the outbox's. Everything
   * restored may already be on the server, so nothing restored is folded into later (sent watermark).
   * Only used when the database came back empty. Returns the number of entries restored.
   */
  async function restoreFromJournal(mutations: readonly Mutation[]): Promise<number> {
    const latest = new Map<string, Mutation>();
    for (const m of mutations) latest.set(`${m.deviceId}\u0000${m.clientSeq}`, m);
    return db.transaction('rw', db.outbox, db.meta, async () => {
      await db.outbox.bulkPut([...latest.values()].map((m) => ({ ...m, state: 'pending' as const })));
      const highest = new Map<string, number>();
      for (const m of latest.values())
        highest.set(m.deviceId, Math.max(highest.get(m.deviceId) ?? 0, m.clientSeq));
      for (const [deviceId, seq] of highest) {
        await db.meta.put({ key: nextSeqKey(deviceId), value: seq + 1 });
        await db.meta.put({ key: sentThroughKey(deviceId), value: seq });
      }
      return latest.size;
    });
  }

  return {
    /** Pending mutations of every device id on this installation, oldest first. */
    async pending(): Promise<Mutation[]> {
      const rows = await db.outbox.where('state').equals('pending').toArray();
      return rows
        .sort((a, b) => a.deviceTime.localeCompare(b.deviceTime) || a.clientSeq - b.clientSeq)
        .map(strip);
    },
    /** The first `limit` pending mutations of one device id, in clientSeq order (counting, status). */
    async pendingFor(deviceId: string, limit: number): Promise<Mutation[]> {
      return (await pendingRows(deviceId, limit)).map(strip);
    },
    /** How many mutations of one device id wait to be sent (counted, not loaded: the run's progress total). */
    pendingCount(deviceId: string): Promise<number> {
      return pendingOf(deviceId).count();
    },
    /**
     * The next push batch: the first `limit` pending mutations of one device id in clientSeq order, handed
     * over in the same transaction that moves the device's sent watermark to the last of them. From then
     * on none of them is ever changed on the device (squashTarget folds new edits only into entries above
     * the watermark), whatever becomes of the push: the server may hold them under their mutationIds.
     */
    async takeBatch(deviceId: string, limit: number): Promise<Mutation[]> {
      // Nothing to send (the usual timer run): no read-write transaction, which strict durability would
      // flush to disk for nothing. A write committed meanwhile is pushed by the run its commit triggers.
      if ((await pendingRows(deviceId, 1)).length === 0) return [];
      return db.transaction('rw', db.outbox, db.meta, async () => {
        const rows = await pendingRows(deviceId, limit);
        const last = rows.at(-1)?.clientSeq;
        const sent = (await db.meta.get(sentThroughKey(deviceId)))?.value;
        if (last !== undefined && last > (typeof sent === 'number' ? sent : 0))
          await db.meta.put({ key: sentThroughKey(deviceId), value: last });
        return rows.map(strip);
      });
    },
    async rejected(): Promise<RejectedMutation[]> {
      const rows = await db.outbox.where('state').equals('rejected').toArray();
      return rows.map((r) => ({ ...strip(r), rejection: r.rejection ?? null }));
    },
    restoreFromJournal,
    /**
     * Rebuilds a lost outbox from the desktop journal's sealed entries: those this database's key opens
     * and `ownerId` wrote, restored as `restoreFromJournal` does. The journal is shared by every vault of
     * the installation: other officers' entries do not open here and are left for them. Nothing is
     * restored without a key (the demo court, which never journals).
     */
    async restoreFromSealedJournal(entries: readonly SealedJournalEntry[], ownerId: string): Promise<number> {
      if (!db.dataKey) return 0;
      const mine = openJournalEntries(db.dataKey, entries, ownerId);
      return mine.length === 0 ? 0 : restoreFromJournal(mine);
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
