import { assert } from '../../../shared/util/assert';
import type { VersionAuthor, VersionContent } from '../chain/VersionContent';
import { GENESIS_HASH, versionHash } from '../chain/versionHash';
import type { CaseContent, CaseState } from './CaseState';
import type { ChildContent, ChildState } from './ChildState';
import { JournaledMap, type JournalMark } from './JournaledMap';
import { PENDING_HASH, settleFieldSeq, settleSeq } from './pendingCommitSeq';
import { caseRowsParts, childRowsParts, versionRowsPart, type RowWrite } from './recordRowParts';
import type { WritePart } from './WritePart';

/** The commit a version belongs to (PENDING_COMMIT_SEQ in a push's fast mode) and who made it. */
export type VersionStamp = { commitSeq: number; author: VersionAuthor };

/** A record with versions waiting to be written: its latest state, and how its current row is written. */
type Pending =
  | { entity: 'case'; state: CaseState; isNew: boolean; serverTime: string }
  | { entity: 'child'; state: ChildState; isNew: boolean; serverTime: string };

/** Where to come back to when a mutation or a txId group is undone. */
export type VersionsMark = { versions: number; flushed: number; pending: JournalMark };

const keyOf = (entity: string, id: string) => `${entity}\u0001${id}`;

/**
 * The one writer of record versions, for pushes and the administrator's import alike. Each new version of a
 * case or of a record inside one is kept in memory, with the record's next state, until `flushParts`
 * turns everything pending into a few multi-row statements: the versions' entity_version rows, hash-chained
 * in order (each to the previous version of its record), and each record's current row, inserted or
 * updated. The hash is computed there, once the real commit sequence is known (a push in fast mode writes
 * with a placeholder, see pendingCommitSeq.ts). Undone to a mark with its push: a refused mutation or an
 * aborted txId group leaves no version behind.
 */
export class RecordVersions {
  #versions: VersionContent[] = [];
  #flushed = 0;
  readonly #pending = new JournaledMap<string, Pending>();

  /** A new version of a case (`previous` null creates it); returns the case's next state. */
  writeCase(
    previous: CaseState | null,
    next: CaseContent,
    changedFields: readonly string[],
    stamp: VersionStamp,
  ): CaseState {
    const version = this.#addVersion('case', next.id, next.id, previous, next, changedFields, stamp);
    const state: CaseState = {
      id: next.id,
      teamId: String(next.data.teamId),
      data: next.data,
      version,
      commitSeq: stamp.commitSeq,
      fieldSeq: next.fieldSeq,
      fieldWriter: next.fieldWriter,
      deletedAt: next.deletedAt,
      deletedReason: next.deletedReason,
      deletedSeq: next.deletedSeq,
      deletedBy: next.deletedBy,
      lastHash: PENDING_HASH,
    };
    this.#markPending(keyOf('case', next.id), { entity: 'case', state, ...this.#rowOf(previous, stamp) });
    return state;
  }

  /** A new version of a record inside a case (`previous` null creates it); returns its next state. */
  writeChild(
    previous: ChildState | null,
    next: ChildContent,
    changedFields: readonly string[],
    stamp: VersionStamp,
  ): ChildState {
    const content = { ...next, deletedAt: null, deletedReason: null };
    const version = this.#addVersion(
      next.entity,
      next.id,
      next.caseId,
      previous,
      content,
      changedFields,
      stamp,
    );
    const state: ChildState = {
      entity: next.entity,
      id: next.id,
      caseId: next.caseId,
      data: next.data,
      version,
      commitSeq: stamp.commitSeq,
      fieldSeq: next.fieldSeq,
      fieldWriter: next.fieldWriter,
      lastHash: PENDING_HASH,
    };
    this.#markPending(keyOf(next.entity, next.id), {
      entity: 'child',
      state,
      ...this.#rowOf(previous, stamp),
    });
    return state;
  }

  /** True when a version of one of these entities waits to be written. */
  hasPending(entities: readonly string[]): boolean {
    return this.#versions.slice(this.#flushed).some((v) => entities.includes(v.entity));
  }

  mark(): VersionsMark {
    return { versions: this.#versions.length, flushed: this.#flushed, pending: this.#pending.mark() };
  }

  /** Forgets every version written after `mark` (the database is rolled back by the caller). */
  rollbackTo(mark: VersionsMark): void {
    this.#versions.length = mark.versions;
    this.#flushed = mark.flushed;
    this.#pending.rollbackTo(mark.pending);
  }

  /**
   * The statements writing every pending version under `commitSeq` (the placeholder replaced), to run alone
   * or with the commit's other final writes, and the written records' states as they now are in the
   * database (real sequence, real hash), for the caller to go on from.
   */
  flushParts(commitSeq: number): { parts: WritePart[]; written: (CaseState | ChildState)[] } {
    const pending = this.#versions.slice(this.#flushed);
    if (pending.length === 0) return { parts: [], written: [] };
    const lastHash = new Map<string, string>();
    const versionRows = pending.map((v) => {
      const key = keyOf(v.entity, v.entityId);
      const prevHash = v.prevHash === PENDING_HASH ? lastHash.get(key) : v.prevHash;
      assert(prevHash !== undefined, `version ${v.version} of ${key} follows an unwritten version`);
      const content: VersionContent = {
        ...v,
        commitSeq: settleSeq(v.commitSeq, commitSeq),
        fieldSeq: settleFieldSeq(v.fieldSeq, commitSeq),
        prevHash,
      };
      const hash = versionHash(content);
      lastHash.set(key, hash);
      return { ...content, hash };
    });
    const caseRows: RowWrite<CaseState>[] = [];
    const childRows: RowWrite<ChildState>[] = [];
    for (const [key, record] of [...this.#pending.entries()]) {
      const hash = lastHash.get(key);
      assert(hash !== undefined, `${key} is pending without a version`);
      const row = { isNew: record.isNew, serverTime: record.serverTime };
      if (record.entity === 'case') {
        const s = record.state;
        const state: CaseState = {
          ...s,
          commitSeq: settleSeq(s.commitSeq, commitSeq),
          fieldSeq: settleFieldSeq(s.fieldSeq, commitSeq),
          deletedSeq: s.deletedSeq === null ? null : settleSeq(s.deletedSeq, commitSeq),
          lastHash: hash,
        };
        caseRows.push({ state, ...row });
      } else {
        const s = record.state;
        const state: ChildState = {
          ...s,
          commitSeq: settleSeq(s.commitSeq, commitSeq),
          fieldSeq: settleFieldSeq(s.fieldSeq, commitSeq),
          lastHash: hash,
        };
        childRows.push({ state, ...row });
      }
      this.#pending.delete(key);
    }
    this.#flushed = this.#versions.length;
    return {
      parts: [...caseRowsParts(caseRows), ...childRowsParts(childRows), ...versionRowsPart(versionRows)],
      written: [...caseRows, ...childRows].map((r) => r.state),
    };
  }

  #addVersion(
    entity: string,
    entityId: string,
    caseId: string,
    previous: { version: number; lastHash: string } | null,
    next: Pick<VersionContent, 'data' | 'fieldSeq' | 'deletedAt' | 'deletedReason'>,
    changedFields: readonly string[],
    stamp: VersionStamp,
  ): number {
    const version = (previous?.version ?? 0) + 1;
    const { author } = stamp;
    // Exactly the fields of VersionContent, spelt out: the hash covers the whole object.
    this.#versions.push({
      entity,
      entityId,
      version,
      commitSeq: stamp.commitSeq,
      caseId,
      origin: author.origin,
      mutationId: author.mutationId,
      authorUserId: author.authorUserId,
      deviceId: author.deviceId,
      deviceTime: author.deviceTime,
      serverTime: author.serverTime,
      data: next.data,
      fieldSeq: next.fieldSeq,
      changedFields: [...changedFields],
      deletedAt: next.deletedAt,
      deletedReason: next.deletedReason,
      prevHash: previous?.lastHash ?? GENESIS_HASH,
    });
    return version;
  }

  /** How the record's current row is written: inserted when this commit created it, else updated. */
  #rowOf(previous: object | null, stamp: VersionStamp): { isNew: boolean; serverTime: string } {
    return { isNew: previous === null, serverTime: stamp.author.serverTime };
  }

  /** The latest state of a pending record; how its row is written is decided by its first version here. */
  #markPending(key: string, record: Pending): void {
    const first = this.#pending.get(key);
    this.#pending.set(key, first ? { ...record, isNew: first.isNew, serverTime: first.serverTime } : record);
  }
}
