import { caseSchema, type Case } from '../../../shared/domain/case';
import type { Mutation } from '../../../shared/sync/mutation';
import type { MutationResult, PullResponse } from '../../../shared/sync/protocol';
import type { FieldWritDb } from '../db';
import type { CaseBaseRow, OutboxRow, RecordBaseRow } from '../rows';
import { CHILD_TABLES, recordKey } from './childTables';
import { nextSeqKey } from '../outbox/mutate';
import { sentThroughKey } from '../outbox/sentThroughKey';
import { toCaseRow, toSummaryRow } from './caseRows';
import { localView } from './localView';
import { logger } from '../../logger';

const CURSOR_KEY = 'syncCursor';
const PURGE_KEY = 'pendingPurge';
const LOST_KEY = 'revokedCaseNotices';

/** A revoked case removed from the device with edits the court refused: what the officer is told. */
export type RevokedCaseNotice = { caseNumber: string | null; refusedEdits: number };

/**
 * The local side of sync. Each method is ONE transaction and never touches the network: the engine does
 * read → network → apply, so IndexedDB never sees a transaction held open across a request.
 */
export function createSyncRepository(db: FieldWritDb) {
  /** Pending outbox edits of these records, each list in the order they were made: one index query. */
  async function pendingByRecord(ids: readonly string[]): Promise<Map<string, OutboxRow[]>> {
    const byId = new Map<string, OutboxRow[]>();
    if (ids.length === 0) return byId;
    const rows = await db.outbox.where('entityId').anyOf(ids).toArray();
    for (const m of rows) {
      if (m.state !== 'pending') continue;
      const list = byId.get(m.entityId) ?? [];
      list.push(m);
      byId.set(m.entityId, list);
    }
    for (const list of byId.values())
      list.sort((a, b) => a.deviceTime.localeCompare(b.deviceTime) || a.clientSeq - b.clientSeq);
    return byId;
  }

  /** Shows the server's version of a case again, with the edits still pending (after a refused edit). */
  async function rebuildCase(base: CaseBaseRow): Promise<void> {
    const view: Case | null = localView(
      caseSchema,
      base.data,
      (await pendingByRecord([base.id])).get(base.id),
    );
    if (!view || base.deletedAt) {
      await db.cases.delete(base.id);
      await db.caseSummaries.delete(base.id);
      return;
    }
    await db.cases.put(toCaseRow(view, base.commitSeq));
    await db.caseSummaries.put(toSummaryRow(view));
  }

  /** The same for a record inside a case. */
  async function rebuildChild(base: RecordBaseRow): Promise<void> {
    const spec = CHILD_TABLES[base.entity as keyof typeof CHILD_TABLES];
    const pending = (await pendingByRecord([base.entityId])).get(base.entityId);
    const view = localView(spec.schema, base.data, pending);
    if (!view) return;
    await spec.table(db).put({ ...(view as { id: string; caseId: string }), baseSeq: base.commitSeq });
  }

  /**
   * Writes a page's records in bulk: the server's versions, then each record's local view (`localView`,
   * as rebuildCase / rebuildChild do one at a time), with one outbox query and one bulk write per table
   * instead of several awaited requests per record.
   */
  async function applyChanges(changes: PullResponse['changes']): Promise<void> {
    const pending = await pendingByRecord(changes.map((c) => c.entityId));
    const caseBases: CaseBaseRow[] = [];
    const caseRows: ReturnType<typeof toCaseRow>[] = [];
    const summaries: ReturnType<typeof toSummaryRow>[] = [];
    const gone: string[] = [];
    const recordBases: RecordBaseRow[] = [];
    const childRows = new Map<keyof typeof CHILD_TABLES, { id: string; caseId: string; baseSeq: number }[]>();
    for (const change of changes) {
      const mine = pending.get(change.entityId);
      if (change.entity === 'case') {
        caseBases.push({
          id: change.entityId,
          commitSeq: change.commitSeq,
          version: change.version,
          fieldSeq: change.fieldSeq,
          data: change.data,
          deletedAt: change.deletedAt,
          ...(change.head ? { head: change.head } : {}),
        });
        const view: Case | null = localView(caseSchema, change.data, mine);
        if (!view || change.deletedAt) gone.push(change.entityId);
        else {
          caseRows.push(toCaseRow(view, change.commitSeq));
          summaries.push(toSummaryRow(view));
        }
        continue;
      }
      recordBases.push({
        key: recordKey(change.entity, change.entityId),
        entity: change.entity,
        entityId: change.entityId,
        caseId: change.caseId,
        commitSeq: change.commitSeq,
        data: change.data,
        ...(change.head ? { head: change.head } : {}),
      });
      const spec = CHILD_TABLES[change.entity];
      const view = localView(spec.schema, change.data, mine);
      if (!view) continue;
      const rows = childRows.get(change.entity) ?? [];
      rows.push({ ...(view as { id: string; caseId: string }), baseSeq: change.commitSeq });
      childRows.set(change.entity, rows);
    }
    await db.caseBase.bulkPut(caseBases);
    await db.cases.bulkPut(caseRows);
    await db.caseSummaries.bulkPut(summaries);
    await db.cases.bulkDelete(gone);
    await db.caseSummaries.bulkDelete(gone);
    await db.recordBase.bulkPut(recordBases);
    for (const [entity, rows] of childRows) await CHILD_TABLES[entity].table(db).bulkPut(rows);
    await db.conflicts
      .where('entityId')
      .anyOf(changes.map((c) => c.entityId))
      .delete();
  }

  /**
   * Removes a case that left this officer's scope (or was revoked) from the device: its rows in every
   * table, the server's versions with their signed heads (`caseBase` / `recordBase`), its conflicts, its
   * upload confirmations and the bytes of its attachments, whole and chunked, unless an attachment of a
   * case still here names the same hash. Runs only once no edit of it is pending (purgeWhereDrained): each
   * was pushed first and the server answered it. What it refused is removed here too: the court will never
   * take it and the device must not keep case data it no longer may hold; what was lost is kept as a
   * notice (case number and how many edits, no content) and logged, never dropped silently.
   */
  async function purgeCase(caseId: string): Promise<void> {
    const caseNumber =
      (await db.cases.get(caseId))?.caseNumber ??
      caseSchema.safeParse((await db.caseBase.get(caseId))?.data).data?.caseNumber ??
      null;
    const refused = await db.outbox.where('caseId').equals(caseId).count();
    const hashes = new Set(
      (await db.attachments.where('caseId').equals(caseId).toArray()).map((a) => a.sha256),
    );
    await db.cases.delete(caseId);
    await db.caseSummaries.delete(caseId);
    await db.caseBase.delete(caseId);
    await db.conflicts.where('caseId').equals(caseId).delete();
    for (const spec of Object.values(CHILD_TABLES))
      await spec.table(db).where('caseId').equals(caseId).delete();
    await db.recordBase.where('caseId').equals(caseId).delete();
    await db.outbox.where('caseId').equals(caseId).delete();
    const chunks = db.table('blobChunks');
    for (const sha256 of hashes) {
      await db.meta.delete(`blobUploaded:${sha256}:${caseId}`);
      if ((await db.attachments.where('sha256').equals(sha256).count()) > 0) continue;
      await db.blobs.delete(sha256);
      await chunks.where('sha256').equals(sha256).delete();
    }
    if (refused > 0) {
      logger.warn(`a revoked case was removed with ${refused} edit(s) the court server refused`);
      const notices = ((await db.meta.get(LOST_KEY))?.value as RevokedCaseNotice[] | undefined) ?? [];
      await db.meta.put({ key: LOST_KEY, value: [...notices, { caseNumber, refusedEdits: refused }] });
    }
  }

  async function purgeWhereDrained(): Promise<void> {
    const ids = ((await db.meta.get(PURGE_KEY))?.value as string[] | undefined) ?? [];
    const keep: string[] = [];
    for (const id of ids) {
      if (
        (await db.outbox
          .where('caseId')
          .equals(id)
          .filter((m) => m.state === 'pending')
          .count()) > 0
      )
        keep.push(id);
      else await purgeCase(id);
    }
    await db.meta.put({ key: PURGE_KEY, value: keep });
  }

  return {
    async cursor(): Promise<number> {
      const v = (await db.meta.get(CURSOR_KEY))?.value;
      return typeof v === 'number' ? v : 0;
    },

    /** Applies one pull page and stores its cursor, atomically (a crash leaves the page either in or out). */
    async applyPullPage(page: PullResponse): Promise<void> {
      // Nothing to write (the usual no-op sync): no read-write transaction, which strict durability
      // would flush to disk for nothing.
      const purgeList = ((await db.meta.get(PURGE_KEY))?.value as string[] | undefined) ?? [];
      const isNoop =
        page.changes.length === 0 &&
        page.conflicts.length === 0 &&
        page.revoked.length === 0 &&
        purgeList.length === 0 &&
        (await db.meta.get(CURSOR_KEY))?.value === page.cursor;
      if (isNoop) return;
      await db.transaction('rw', db.tables, async () => {
        if (page.changes.length > 0) await applyChanges(page.changes);
        await db.conflicts.bulkPut(page.conflicts);
        if (page.revoked.length > 0) {
          const ids = ((await db.meta.get(PURGE_KEY))?.value as string[] | undefined) ?? [];
          await db.meta.put({ key: PURGE_KEY, value: [...new Set([...ids, ...page.revoked])] });
        }
        await purgeWhereDrained();
        await db.meta.put({ key: CURSOR_KEY, value: page.cursor });
      });
    },

    /**
     * Records the server's answer to a push: accepted mutations leave the outbox; refused ones stay as
     * `rejected` with the reason, and the records they touched show the server's version again.
     */
    async applyPushResults(
      deviceId: string,
      sent: readonly Mutation[],
      results: readonly MutationResult[],
    ): Promise<void> {
      await db.transaction('rw', db.tables, async () => {
        const touched = new Set<string>();
        const touchedChildren = new Set<string>();
        for (const r of results) {
          const m = sent.find((s) => s.mutationId === r.mutationId);
          if (!m) continue;
          const key: [string, number] = [deviceId, m.clientSeq];
          const rejection =
            r.status === 'rejected'
              ? r.rejection
              : r.status === 'duplicate' && r.original?.status === 'rejected'
                ? r.original.rejection
                : null;
          if (rejection !== null) {
            await db.outbox.update(key, { state: 'rejected', ...(rejection ? { rejection } : {}) });
            if (m.entity === 'case') touched.add(m.entityId);
            else touchedChildren.add(recordKey(m.entity, m.entityId));
          } else if (r.status !== 'quarantined' && !(r.status === 'duplicate' && r.isMismatch)) {
            await db.outbox.delete(key);
          }
        }
        for (const id of touched) {
          const base = await db.caseBase.get(id);
          if (base) await rebuildCase(base);
        }
        // A refused edit of a record the server has shows the server's version again (plus other pending edits).
        for (const key of touchedChildren) {
          const base = await db.recordBase.get(key);
          if (base) await rebuildChild(base);
        }
        await purgeWhereDrained();
      });
    },

    /**
     * After login: the device id the server registered and where its sequence continues. What the server
     * has processed is never folded into again (sent watermark).
     */
    async adoptDevice(deviceId: string, lastProcessedClientSeq: number): Promise<void> {
      await db.transaction('rw', db.meta, async () => {
        const current = (await db.meta.get(nextSeqKey(deviceId)))?.value;
        const next = Math.max(typeof current === 'number' ? current : 1, lastProcessedClientSeq + 1);
        await db.meta.put({ key: nextSeqKey(deviceId), value: next });
        const sent = (await db.meta.get(sentThroughKey(deviceId)))?.value;
        if (lastProcessedClientSeq > (typeof sent === 'number' ? sent : 0))
          await db.meta.put({ key: sentThroughKey(deviceId), value: lastProcessedClientSeq });
      });
    },

    /**
     * Leaves the demo court before the first sync with a real court server: demo cases and any edits made to
     * them are removed, so nothing generated can ever reach the court as if an officer had typed it.
     */
    async removeDemoData(): Promise<void> {
      await db.transaction('rw', db.tables, async () => {
        const demoIds = await db.cases.filter((c) => c.isDemo).primaryKeys();
        await db.cases.bulkDelete(demoIds);
        await db.caseSummaries.bulkDelete(demoIds);
        for (const id of demoIds) {
          await db.outbox.where('caseId').equals(id).delete();
          for (const spec of Object.values(CHILD_TABLES))
            await spec.table(db).where('caseId').equals(id).delete();
        }
        await db.meta.put({ key: 'demoLoaded', value: false });
        await db.meta.put({ key: CURSOR_KEY, value: 0 });
      });
    },

    /** Revoked cases removed with refused edits, so the Sync page can say what was lost. */
    async revokedCaseNotices(): Promise<RevokedCaseNotice[]> {
      const v = (await db.meta.get(LOST_KEY))?.value;
      return Array.isArray(v) ? (v as RevokedCaseNotice[]) : [];
    },

    async conflicts() {
      return db.conflicts.toArray();
    },
    async conflictsFor(entityId: string) {
      return db.conflicts.where('entityId').equals(entityId).toArray();
    },
  };
}

export type SyncRepository = ReturnType<typeof createSyncRepository>;
