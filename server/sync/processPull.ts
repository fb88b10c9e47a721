import { DEFAULT_PULL_LIMIT } from '../../shared/sync/protocol';
import type { PullRequest, PullResponse, RecordChange, SyncConflict } from '../../shared/sync/protocol';
import type { Json, SyncedEntity } from '../../shared/sync/mutation';
import { HttpError } from '../app/HttpError';
import type { AuthContext } from '../auth/authenticate';
import { findUserById } from '../auth/userStore';
import type { Sql, SqlExecutor } from '../db/Sql';
import { listOpenConflictsAsOf } from './conflictStore';
import { hasAccessChangeBetween, visibleCaseIdsAt, visibleCaseIdsNow } from './visibility';

type FeedRow = { commit_seq: number; entity: string; entity_id: string; case_id: string };

const FEED = `SELECT cl.commit_seq, cl.entity, cl.entity_id, cl.case_id
  FROM change_log cl JOIN case_record c ON c.id = cl.case_id
  WHERE ($1::boolean OR c.team_id = $2)`;

type VersionRow = {
  entity: SyncedEntity;
  entity_id: string;
  case_id: string;
  version: number;
  commit_seq: number;
  data: Record<string, Json>;
  field_seq: Record<string, number>;
  deleted_at: Date | null;
  deleted_reason: string | null;
};

const AS_OF = `SELECT DISTINCT ON (entity, entity_id) entity, entity_id, case_id, version, commit_seq, data, field_seq,
    deleted_at, deleted_reason
  FROM entity_version`;

/**
 * Each record as it stood just after commit `asOf` (its latest version up to then): the records named in
 * `ids` (per entity), plus every record of the cases in `wholeCases`.
 */
async function recordsAsOf(
  db: SqlExecutor,
  ids: Map<SyncedEntity, string[]>,
  wholeCases: string[],
  asOf: number,
): Promise<RecordChange[]> {
  const found = new Map<string, VersionRow>();
  const add = (rows: VersionRow[]) => {
    for (const r of rows) found.set(`${r.entity}\u0001${r.entity_id}`, r);
  };
  for (const [entity, entityIds] of ids) {
    add(
      await db.query<VersionRow>(
        `${AS_OF} WHERE entity = $1 AND entity_id = ANY($2::text[]) AND commit_seq <= $3
         ORDER BY entity, entity_id, version DESC`,
        [entity, entityIds, asOf],
      ),
    );
  }
  if (wholeCases.length > 0) {
    add(
      await db.query<VersionRow>(
        `${AS_OF} WHERE case_id = ANY($1::text[]) AND commit_seq <= $2 ORDER BY entity, entity_id, version DESC`,
        [wholeCases, asOf],
      ),
    );
  }
  // Cases first within a commit, so a device always has a record's case before the record.
  const rank = (e: SyncedEntity) => (e === 'case' ? 0 : 1);
  return [...found.values()]
    .map((r) => ({
      entity: r.entity,
      entityId: r.entity_id,
      caseId: r.case_id,
      version: r.version,
      commitSeq: r.commit_seq,
      data: r.data,
      fieldSeq: r.field_seq,
      deletedAt: r.deleted_at ? r.deleted_at.toISOString() : null,
      deletedReason: r.deleted_reason,
    }))
    .sort(
      (a, b) =>
        a.commitSeq - b.commitSeq ||
        rank(a.entity) - rank(b.entity) ||
        a.entity.localeCompare(b.entity) ||
        a.entityId.localeCompare(b.entityId),
    );
}

/**
 * One page of the pull feed (sync-protocol.md), read in one snapshot: the records of the user's cases
 * changed after `cursor`, each as it stood at the page's end, with their open conflicts. A page ends on a
 * commit boundary (a commit is never split, so a page may exceed `limit` by the rest of its last commit).
 * When the user's access changed inside the page, cases gained come whole and cases lost are listed in
 * `revoked`.
 */
export async function processPull(sql: Sql, auth: AuthContext, request: PullRequest): Promise<PullResponse> {
  return sql.transaction(
    async (tx) => {
      const devices = await tx.query<{ user_id: string; last_processed_client_seq: number }>(
        'SELECT user_id, last_processed_client_seq FROM device WHERE id = $1',
        [request.deviceId],
      );
      if (devices[0]?.user_id !== auth.user.id || request.deviceId !== auth.deviceId)
        throw new HttpError(403, 'device.notYours');
      const user = (await findUserById(tx, auth.user.id))!;
      const head = (
        await tx.query<{ commit_seq: number }>('SELECT commit_seq FROM sync_counter WHERE id = 1')
      )[0]!.commit_seq;
      const cursor = request.cursor;
      if (cursor > head) throw new HttpError(409, 'sync.cursorAhead');
      const limit = request.limit ?? DEFAULT_PULL_LIMIT;
      const isAdmin = user.role === 'admin';

      let rows = await tx.query<FeedRow>(`${FEED} AND cl.commit_seq > $3 ORDER BY cl.commit_seq LIMIT $4`, [
        isAdmin,
        user.teamId,
        cursor,
        limit,
      ]);
      let end = head;
      let hasMore = false;
      if (rows.length === limit) {
        end = rows.at(-1)!.commit_seq;
        // Complete the last commit so no page shows half of a transaction.
        const rest = await tx.query<FeedRow>(`${FEED} AND cl.commit_seq = $3`, [isAdmin, user.teamId, end]);
        rows = [...rows.filter((r) => r.commit_seq < end), ...rest];
        hasMore =
          (await tx.query(`${FEED} AND cl.commit_seq > $3 LIMIT 1`, [isAdmin, user.teamId, end])).length > 0;
      }

      const ids = new Map<SyncedEntity, string[]>();
      for (const r of rows) {
        const list = ids.get(r.entity as SyncedEntity) ?? [];
        list.push(r.entity_id);
        ids.set(r.entity as SyncedEntity, list);
      }
      const gained: string[] = [];
      let revoked: string[] = [];
      if (cursor > 0 && (await hasAccessChangeBetween(tx, user.id, cursor, end))) {
        const before = await visibleCaseIdsAt(tx, user.id, cursor);
        const now = await visibleCaseIdsNow(tx, user);
        revoked = [...before].filter((id) => !now.has(id)).sort();
        // A case gained comes whole, even if nothing in it changed inside this page.
        for (const id of now) if (!before.has(id)) gained.push(id);
      }
      const changes = await recordsAsOf(tx, ids, gained, end);
      const conflicts: SyncConflict[] = [];
      for (const entity of new Set(changes.map((c) => c.entity))) {
        const entityIds = changes.filter((c) => c.entity === entity).map((c) => c.entityId);
        conflicts.push(...(await listOpenConflictsAsOf(tx, entity, entityIds, end)));
      }
      return {
        cursor: end,
        hasMore,
        changes,
        conflicts,
        revoked,
        lastProcessedClientSeq: devices[0].last_processed_client_seq,
      };
    },
    { isReadOnly: true },
  );
}
