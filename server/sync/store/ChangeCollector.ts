import type { SyncedEntity } from '../../../shared/sync/mutation';
import { JournaledMap, type JournalMark } from './JournaledMap';
import { unnestSource, type WritePart } from './WritePart';

const CHANGE_COLUMNS = [
  ['entity', 'text'],
  ['entity_id', 'text'],
  ['case_id', 'text'],
  ['team_id', 'text'],
  ['is_access_change', 'boolean'],
] as const;

type Touched = {
  entity: SyncedEntity;
  entityId: string;
  caseId: string;
  teamBefore: string | null;
  teamAfter: string;
};

/**
 * The records one commit touched (a push, a chunk of the administrator's import), written to change_log
 * (the pull feed) once at the end: one row per record per commit, carrying the case's team after the
 * commit and whether the case changed team.
 */
export class ChangeCollector {
  #touched = new JournaledMap<string, Touched>();

  /** Notes that a record was touched; `teamBefore` is the case's team before this commit (null if new). */
  touch(
    entity: SyncedEntity,
    entityId: string,
    caseId: string,
    teamBefore: string | null,
    teamAfter: string,
  ): void {
    const key = `${entity}\u0001${entityId}`;
    const earlier = this.#touched.get(key);
    this.#touched.set(key, {
      entity,
      entityId,
      caseId,
      teamBefore: earlier ? earlier.teamBefore : teamBefore,
      teamAfter,
    });
  }

  /** Where to come back to when a mutation or a group of mutations is undone. */
  mark(): JournalMark {
    return this.#touched.mark();
  }

  rollbackTo(mark: JournalMark): void {
    this.#touched.rollbackTo(mark);
  }

  /** The change_log rows under `commitSeq`, to run with the commit's other final writes. */
  parts(commitSeq: number): WritePart[] {
    const rows = [...this.#touched.values()];
    if (rows.length === 0) return [];
    return [
      {
        sql: (first) =>
          `INSERT INTO change_log (commit_seq, entity, entity_id, case_id, team_id, is_access_change)
           SELECT $${first}::bigint, entity, entity_id, case_id, team_id, is_access_change
           FROM ${unnestSource(first + 1, CHANGE_COLUMNS)}`,
        params: [
          commitSeq,
          rows.map((r) => r.entity),
          rows.map((r) => r.entityId),
          rows.map((r) => r.caseId),
          rows.map((r) => r.teamAfter),
          rows.map((r) => r.teamBefore !== null && r.teamBefore !== r.teamAfter),
        ],
      },
    ];
  }
}
