import type { SyncedEntity } from '../../shared/sync/mutation';
import type { SqlExecutor } from '../db/Sql';

type Touched = {
  entity: SyncedEntity;
  entityId: string;
  caseId: string;
  teamBefore: string | null;
  teamAfter: string;
};

/**
 * The records one push transaction touched, written to change_log (the pull feed) once at the end: one row
 * per record per commit, carrying the case's team after the commit and whether the case changed team.
 */
export class ChangeCollector {
  #touched = new Map<string, Touched>();

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

  /** A copy to restore when a group of mutations is rolled back to its savepoint. */
  snapshot(): Map<string, Touched> {
    return new Map(this.#touched);
  }

  restore(snapshot: Map<string, Touched>): void {
    this.#touched = new Map(snapshot);
  }

  get size(): number {
    return this.#touched.size;
  }

  /** Appends the collected rows to change_log under `commitSeq`. */
  async write(tx: SqlExecutor, commitSeq: number): Promise<void> {
    const rows = [...this.#touched.values()];
    for (let start = 0; start < rows.length; start += 500) {
      const chunk = rows.slice(start, start + 500);
      const params: unknown[] = [];
      const values = chunk.map((row) => {
        params.push(
          commitSeq,
          row.entity,
          row.entityId,
          row.caseId,
          row.teamAfter,
          row.teamBefore !== null && row.teamBefore !== row.teamAfter,
        );
        const n = params.length;
        return `($${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
      });
      await tx.query(
        `INSERT INTO change_log (commit_seq, entity, entity_id, case_id, team_id, is_access_change) VALUES ${values.join(', ')}`,
        params,
      );
    }
  }
}
