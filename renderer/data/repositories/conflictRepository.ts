import { caseSchema } from '../../../shared/domain/case';
import type { Json, SyncedEntity } from '../../../shared/sync/mutation';
import type { SyncConflict } from '../../../shared/sync/protocol';
import type { FieldWritDb } from '../db';
import { InvalidDataError } from '../errors';
import { mutate } from '../outbox/mutate';
import type { MutationContext } from '../outbox/MutationContext';
import type { PendingChange } from '../outbox/PendingChange';
import { fromCaseRow, toCaseRow, toSummaryRow } from './caseRows';
import { CHILD_TABLES, recordKey } from './childTables';
import { parseOrThrow, withoutBaseSeq } from './visitRecordChanges';

/** Which value a person chose for a conflicted field: one of the two sides, or a value of their own. */
export type ConflictChoice = { kind: 'mine' | 'theirs' | 'edited'; value: Json };

/** The field a `delete_vs_edit` conflict is recorded on (sync-protocol.md). */
const DELETION_FIELD = '_deleted';

/** True when one side of a `delete_vs_edit` conflict is the deletion (`{deleted: true, reason}`). */
function isDeletionSide(side: Json): boolean {
  return typeof side === 'object' && side !== null && !Array.isArray(side) && side.deleted === true;
}

/**
 * The open conflicts mirrored from the court server, and a person's decision on one. Takes and returns the
 * shared protocol's conflicts; Dexie rows never leave renderer/data.
 */
export function createConflictRepository(db: FieldWritDb) {
  /**
   * Writes the chosen value into the local record (the case row and its list row, or the record's own
   * table) and describes the resolution for the outbox. `from` is the value the court server has committed,
   * as this device last received it: the server applies the decision only over the value it was made on.
   */
  async function writeChosenValue(conflict: SyncConflict, value: Json): Promise<PendingChange> {
    const { entity, entityId, field } = conflict;
    if (entity === 'case') {
      const row = await db.cases.get(entityId);
      if (!row) throw new InvalidDataError(['case.notFound']);
      const base = await db.caseBase.get(entityId);
      const before = fromCaseRow(row);
      const after = parseOrThrow(caseSchema, { ...before, [field]: value });
      const baseSeq = base?.commitSeq ?? row.baseSeq;
      await db.cases.put(toCaseRow(after, row.baseSeq));
      await db.caseSummaries.put(toSummaryRow(after));
      const committed = base ? (base.data[field] ?? null) : conflict.theirs;
      const to = (after as Record<string, unknown>)[field] as Json;
      return change(conflict, baseSeq, { [field]: { from: committed, to } });
    }
    const spec = CHILD_TABLES[entity];
    const row = await spec.table(db).get(entityId);
    if (!row) throw new InvalidDataError(['record.notFound']);
    const base = await db.recordBase.get(recordKey(entity, entityId));
    const after = parseOrThrow(spec.schema, { ...withoutBaseSeq(row), [field]: value }) as Record<
      string,
      Json
    >;
    await spec.table(db).put({ ...(after as { id: string; caseId: string }), baseSeq: row.baseSeq });
    const committed = base ? (base.data[field] ?? null) : conflict.theirs;
    return change(conflict, base?.commitSeq ?? row.baseSeq, {
      [field]: { from: committed, to: after[field] ?? null },
    });
  }

  function change(
    conflict: SyncConflict,
    baseSeq: number | null,
    changes: PendingChange['changes'],
  ): PendingChange {
    return {
      op: 'resolveConflict',
      entity: conflict.entity,
      entityId: conflict.entityId,
      caseId: conflict.caseId,
      baseSeq,
      changes,
    };
  }

  /**
   * A deletion against an edit: the decision is the record's deletion state. Nothing is written to the local
   * row; the court server's answer (deleted, restored or kept) arrives with the next pull.
   */
  async function deletionDecision(conflict: SyncConflict, choice: ConflictChoice): Promise<PendingChange> {
    if (choice.kind === 'edited') throw new InvalidDataError(['conflict.deletionNotEditable']);
    const base = await db.caseBase.get(conflict.entityId);
    const isDeleted = base ? base.deletedAt !== null : isDeletionSide(conflict.theirs);
    const wanted = isDeletionSide(choice.kind === 'mine' ? conflict.mine : conflict.theirs);
    return change(conflict, base?.commitSeq ?? null, {
      [DELETION_FIELD]: { from: isDeleted, to: wanted },
    });
  }

  return {
    async get(id: string): Promise<SyncConflict | undefined> {
      return db.conflicts.get(id);
    },

    /** Every open conflict on the device, oldest first. */
    async list(): Promise<SyncConflict[]> {
      const rows = await db.conflicts.toArray();
      return rows.sort((a, b) => a.openedSeq - b.openedSeq || a.id.localeCompare(b.id));
    },

    /** The open conflicts of a case and of every record inside it. */
    async forCase(caseId: string): Promise<SyncConflict[]> {
      return db.conflicts.where('caseId').equals(caseId).toArray();
    },

    /** The open conflicts of these records (a visit and the incidents and items recorded on it, say). */
    async forRecords(entityIds: readonly string[]): Promise<SyncConflict[]> {
      if (entityIds.length === 0) return [];
      return db.conflicts
        .where('entityId')
        .anyOf([...entityIds])
        .toArray();
    },

    /** Ids of the records of `entity` that have open conflicts: the list marks them disputed. */
    async disputedIds(entity: SyncedEntity): Promise<Set<string>> {
      const rows = await db.conflicts.toArray();
      return new Set(rows.filter((c) => c.entity === entity).map((c) => c.entityId));
    },

    /**
     * A team lead's decision on an open conflict, in ONE mutator transaction: the chosen value is written
     * into the local record, a `resolveConflict` mutation with the reason enters the outbox, and the local
     * copies of the open conflicts on that field are removed (the court server closes them all; its next
     * pull replaces the list anyway). A blank reason, a conflict no longer open here, or a value the record's
     * schema refuses is InvalidDataError and writes nothing.
     */
    async resolve(
      ctx: MutationContext,
      conflict: SyncConflict,
      choice: ConflictChoice,
      reason: string,
    ): Promise<void> {
      if (reason.trim() === '') throw new InvalidDataError(['conflict.reasonRequired']);
      await mutate(db, ctx, async () => {
        const open = await db.conflicts.get(conflict.id);
        if (!open) throw new InvalidDataError(['conflict.notOpen']);
        const pending =
          open.kind === 'delete_vs_edit'
            ? await deletionDecision(open, choice)
            : await writeChosenValue(open, choice.value);
        const sameField = await db.conflicts
          .where('entityId')
          .equals(open.entityId)
          .filter((c) => c.entity === open.entity && c.field === open.field)
          .primaryKeys();
        await db.conflicts.bulkDelete(sameField);
        return { result: undefined, changes: [{ ...pending, reason }] };
      });
    },
  };
}

export type ConflictRepository = ReturnType<typeof createConflictRepository>;
