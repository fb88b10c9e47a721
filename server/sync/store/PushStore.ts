import { assert } from '../../../shared/util/assert';
import type { SqlExecutor } from '../../db/Sql';
import { CarefulModeRequired } from './CarefulModeRequired';
import { toCaseState, type CaseRow, type CaseState } from './CaseState';
import { toChildState, type ChildEntity, type ChildRow, type ChildState } from './ChildState';
import { JournaledMap, type JournalMark } from './JournaledMap';
import { PENDING_COMMIT_SEQ } from './pendingCommitSeq';
import { RecordVersions, type VersionsMark } from './RecordVersions';
import { runWriteParts, type WritePart } from './WritePart';

const keyOf = (entity: string, id: string) => `${entity}\u0001${id}`;

/** Where to come back to when a mutation or a txId group is undone. */
export type StoreMark = { cases: JournalMark; children: JournalMark; versions: VersionsMark };

/**
 * The records one push reads and writes. Rows are read (and locked) once and kept; writes are kept in
 * memory (RecordVersions, the one writer of versions) and reach the database together in `flush`: a few
 * multi-row statements instead of several statements per mutation. Every record a mutation names is locked
 * up front in one sorted statement, so two pushes wait for each other on the first shared record rather
 * than deadlocking.
 *
 * Fast mode (`isFast`): the push has no commit sequence yet (records carry PENDING_COMMIT_SEQ) and nothing
 * is written until the end, so undoing a refused mutation is only an in-memory rollback. Whatever needs the
 * database to hold this push's writes at once (conflicts, a read of pending rows) throws
 * CarefulModeRequired, and the push runs again in careful mode: sequence first, a savepoint per mutation,
 * each mutation flushed inside it.
 */
export class PushStore {
  /** The push's transaction. */
  readonly tx: SqlExecutor;
  readonly #deviceId: string;
  #commitSeq = PENDING_COMMIT_SEQ;
  readonly isFast: boolean;
  #cases = new JournaledMap<string, CaseState | null>();
  #children = new JournaledMap<string, ChildState | null>();
  readonly #versions = new RecordVersions();
  #hasOwnOpenConflicts: boolean;
  #ownOpenConflicts: Set<string> | null = null;

  constructor(tx: SqlExecutor, options: { deviceId: string; isFast: boolean; hasOwnOpenConflicts: boolean }) {
    this.tx = tx;
    this.#deviceId = options.deviceId;
    this.isFast = options.isFast;
    this.#hasOwnOpenConflicts = options.hasOwnOpenConflicts;
  }

  /** Careful mode: the commit sequence, taken after `prelock` (locks in one order: records, then counter). */
  assignCommitSeq(commitSeq: number): void {
    assert(!this.isFast, 'fast mode takes its commit sequence at the end');
    this.#commitSeq = commitSeq;
  }

  /** Reads and locks, in one statement each and in key order, every case and record the mutations name. */
  async prelock(mutations: readonly Record<string, unknown>[]): Promise<void> {
    const caseIds = new Set<string>();
    const children = new Map<string, [string, string]>();
    for (const m of mutations) {
      if (typeof m.caseId === 'string') caseIds.add(m.caseId);
      if (typeof m.entity !== 'string' || typeof m.entityId !== 'string') continue;
      if (m.entity === 'case') caseIds.add(m.entityId);
      else children.set(keyOf(m.entity, m.entityId), [m.entity, m.entityId]);
    }
    const ids = [...caseIds].filter((id) => !this.#cases.has(id));
    if (ids.length > 0) {
      const rows = await this.tx.query<CaseRow>(
        'SELECT * FROM case_record WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE',
        [ids],
      );
      for (const id of ids) this.#cases.set(id, null);
      for (const row of rows) this.#cases.set(row.id, toCaseState(row));
    }
    const keys = [...children].filter(([key]) => !this.#children.has(key)).map(([, k]) => k);
    if (keys.length > 0) {
      const rows = await this.tx.query<ChildRow>(
        `SELECT * FROM child_record WHERE (entity, id) IN (SELECT e, i FROM unnest($1::text[], $2::text[]) AS k(e, i))
         ORDER BY entity, id FOR UPDATE`,
        [keys.map((k) => k[0]), keys.map((k) => k[1])],
      );
      for (const [entity, id] of keys) this.#children.set(keyOf(entity, id), null);
      for (const row of rows) this.#children.set(keyOf(row.entity, row.id), toChildState(row));
    }
  }

  /** A case as this push sees it (its own writes included), its row locked until the push commits. */
  async lockCase(id: string): Promise<CaseState | null> {
    const known = this.#cases.get(id);
    if (known !== undefined) return known;
    const rows = await this.tx.query<CaseRow>('SELECT * FROM case_record WHERE id = $1 FOR UPDATE', [id]);
    const state = rows[0] ? toCaseState(rows[0]) : null;
    this.#cases.set(id, state);
    return state;
  }

  /** A record inside a case as this push sees it, its row locked until the push commits. */
  async lockChild(entity: ChildEntity, id: string): Promise<ChildState | null> {
    const key = keyOf(entity, id);
    const known = this.#children.get(key);
    if (known !== undefined) return known;
    const rows = await this.tx.query<ChildRow>(
      'SELECT * FROM child_record WHERE entity = $1 AND id = $2 FOR UPDATE',
      [entity, id],
    );
    const state = rows[0] ? toChildState(rows[0]) : null;
    this.#children.set(key, state);
    return state;
  }

  /** A new version of a case, kept with the push's other writes until `flush`; returns its next state. */
  writeCase(...write: Parameters<RecordVersions['writeCase']>): CaseState {
    const state = this.#versions.writeCase(...write);
    this.#cases.set(state.id, state);
    return state;
  }

  /** A new version of a record inside a case, kept until `flush`; returns its next state. */
  writeChild(...write: Parameters<RecordVersions['writeChild']>): ChildState {
    const state = this.#versions.writeChild(...write);
    this.#children.set(keyOf(state.entity, state.id), state);
    return state;
  }

  /** Fast mode cannot do this (`reason`): the push is run again in careful mode. */
  requireCareful(reason: string): void {
    if (this.isFast) throw new CarefulModeRequired(reason);
  }

  /**
   * Before a query that must see this push's pending writes of these entities: careful mode writes them
   * now; fast mode cannot (it has no commit sequence yet) and asks for careful mode.
   */
  async settle(entities: readonly string[]): Promise<void> {
    if (!this.#versions.hasPending(entities)) return;
    this.requireCareful(`a query that must see pending ${entities.join(', ')} rows`);
    assert(this.#commitSeq !== PENDING_COMMIT_SEQ, 'careful mode has its commit sequence');
    await this.flush(this.#commitSeq);
  }

  /** True when another case already uses this (canonical) case number, this push's own writes included. */
  async isCaseNumberTaken(caseNumber: string, exceptId: string): Promise<boolean> {
    await this.settle(['case']);
    const rows = await this.tx.query('SELECT 1 FROM case_record WHERE case_number = $1 AND id <> $2', [
      caseNumber,
      exceptId,
    ]);
    return rows.length > 0;
  }

  /**
   * Whether this device may have an open conflict on the record (a later mutation of its own then closes
   * it as superseded). Most pushes come from devices without any: one EXISTS at the push's start says so,
   * and the device's list is read only when there are some.
   */
  async mayHaveOwnOpenConflict(entity: string, entityId: string): Promise<boolean> {
    if (!this.#hasOwnOpenConflicts) return false;
    if (this.#ownOpenConflicts === null) {
      const rows = await this.tx.query<{ entity: string; entity_id: string }>(
        `SELECT DISTINCT entity, entity_id FROM field_conflict WHERE mine_device_id = $1 AND status = 'open'`,
        [this.#deviceId],
      );
      this.#ownOpenConflicts = new Set(rows.map((r) => keyOf(r.entity, r.entity_id)));
    }
    return this.#ownOpenConflicts.has(keyOf(entity, entityId));
  }

  /** This device opened a conflict on the record (the list may keep it after a rollback: a superset is safe). */
  noteOwnConflict(entity: string, entityId: string): void {
    if (!this.#hasOwnOpenConflicts) this.#ownOpenConflicts = new Set();
    this.#hasOwnOpenConflicts = true;
    this.#ownOpenConflicts?.add(keyOf(entity, entityId));
  }

  mark(): StoreMark {
    return { cases: this.#cases.mark(), children: this.#children.mark(), versions: this.#versions.mark() };
  }

  /** Forgets every read and write made after `mark` (the database is rolled back by the caller). */
  rollbackTo(mark: StoreMark): void {
    this.#cases.rollbackTo(mark.cases);
    this.#children.rollbackTo(mark.children);
    this.#versions.rollbackTo(mark.versions);
  }

  /** Writes every pending version now, under `commitSeq` (see `flushParts`). */
  async flush(commitSeq: number): Promise<void> {
    await runWriteParts(this.tx, this.flushParts(commitSeq));
  }

  /**
   * The writes of every pending version under `commitSeq` (RecordVersions: the hash chain computed, the
   * pending sequence replaced), for the caller to run — alone, or in the same statement as the push's other
   * final writes. The store then holds the records as written.
   */
  flushParts(commitSeq: number): WritePart[] {
    const { parts, written } = this.#versions.flushParts(commitSeq);
    for (const state of written) {
      if ('entity' in state) this.#children.set(keyOf(state.entity, state.id), state);
      else this.#cases.set(state.id, state);
    }
    return parts;
  }
}
