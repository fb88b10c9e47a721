import { DEFAULT_PULL_LIMIT } from '../../../shared/sync/protocol';
import type { PullRequest, PullResponse, RecordChange, SyncConflict } from '../../../shared/sync/protocol';
import type { Json, SyncedEntity } from '../../../shared/sync/mutation';
import type { UserRole } from '../../../shared/auth/userRole';
import type { AuthContext } from '../../auth/authenticate';
import type { Sql, SqlExecutor } from '../../db/Sql';
import { Forbidden } from '../../errors/Forbidden';
import { StateConflict } from '../../errors/StateConflict';
import type { SigningKeyRing } from '../../history/signing/SigningKeyRing';
import { signedHeadOf } from '../chain/signedHeadOf';
import { listOpenConflictsAsOf } from './listOpenConflictsAsOf';
import { hasAccessChangeBetween, visibleCaseIdsAt, visibleCaseIdsNow } from './visibility';

type PullStart = {
  user_id: string;
  last_processed_client_seq: number;
  role: UserRole;
  team_id: string | null;
  head: number;
  is_access_changed: boolean;
};

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
  hash: string;
};

const AS_OF = `SELECT DISTINCT ON (entity, entity_id) entity, entity_id, case_id, version, commit_seq, data, field_seq,
    deleted_at, deleted_reason, hash
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
  signer: SigningKeyRing | undefined,
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
      ...(signer ? { head: signedHeadOf(signer, r.entity, r.entity_id, r.version, r.hash) } : {}),
    }))
    .sort(
      (a, b) =>
        a.commitSeq - b.commitSeq ||
        rank(a.entity) - rank(b.entity) ||
        a.entity.localeCompare(b.entity) ||
        a.entityId.localeCompare(b.entityId),
    );
}

type StartRow = PullStart & Partial<FeedRow>;

/**
 * The start of a pull, in ONE statement (so one snapshot even outside a transaction): the device, the
 * user's current role and team (they decide what the page shows), the head, whether any access changed
 * between the cursor and the head, and the first `limit` feed rows after the cursor.
 */
async function readStart(
  db: SqlExecutor,
  auth: AuthContext,
  request: PullRequest,
  limit: number,
): Promise<{ start: PullStart; rows: FeedRow[] }> {
  const found = await db.query<StartRow>(
    `WITH me AS (
       SELECT d.user_id, d.last_processed_client_seq, u.role, u.team_id, s.commit_seq AS head,
         ($2::bigint > 0 AND $2::bigint < s.commit_seq AND (
           EXISTS (SELECT 1 FROM user_access_history h
                   WHERE h.user_id = u.id AND h.from_seq > $2::bigint AND h.from_seq <= s.commit_seq)
           OR EXISTS (SELECT 1 FROM change_log a
                      WHERE a.is_access_change AND a.commit_seq > $2::bigint AND a.commit_seq <= s.commit_seq)
         )) AS is_access_changed
       FROM device d JOIN app_user u ON u.id = d.user_id JOIN sync_counter s ON s.id = 1
       WHERE d.id = $1
     )
     SELECT me.*, f.commit_seq, f.entity, f.entity_id, f.case_id
     FROM me LEFT JOIN LATERAL (
       SELECT cl.commit_seq, cl.entity, cl.entity_id, cl.case_id
       FROM change_log cl JOIN case_record c ON c.id = cl.case_id
       WHERE me.user_id = $4 AND (me.role = 'admin' OR c.team_id = me.team_id) AND cl.commit_seq > $2::bigint
       ORDER BY cl.commit_seq LIMIT $3
     ) f ON true`,
    [request.deviceId, request.cursor, limit, auth.user.id],
  );
  const start = found[0];
  if (start?.user_id !== auth.user.id || request.deviceId !== auth.deviceId)
    throw new Forbidden('device.notYours');
  if (request.cursor > start.head) throw new StateConflict('sync.cursorAhead');
  const rows = found.flatMap((r) =>
    r.commit_seq === null || r.commit_seq === undefined
      ? []
      : [{ commit_seq: r.commit_seq, entity: r.entity!, entity_id: r.entity_id!, case_id: r.case_id! }],
  );
  return { start, rows };
}

/**
 * The page from its start: completes a full page to its commit boundary, handles access changes, and reads
 * each record as of the page's end with its open conflicts.
 */
async function buildPage(
  db: SqlExecutor,
  begun: { start: PullStart; rows: FeedRow[] },
  cursor: number,
  limit: number,
  signer: SigningKeyRing | undefined,
): Promise<PullResponse> {
  const { start } = begun;
  let rows = begun.rows;
  const user = { id: start.user_id, role: start.role, teamId: start.team_id };
  const head = start.head;
  const isAdmin = user.role === 'admin';
  let end = head;
  let hasMore = false;
  if (rows.length === limit) {
    end = rows.at(-1)!.commit_seq;
    // Complete the last commit so no page shows half of a transaction.
    const rest = await db.query<FeedRow>(`${FEED} AND cl.commit_seq = $3`, [isAdmin, user.teamId, end]);
    rows = [...rows.filter((r) => r.commit_seq < end), ...rest];
    hasMore =
      (await db.query(`${FEED} AND cl.commit_seq > $3 LIMIT 1`, [isAdmin, user.teamId, end])).length > 0;
  }

  const ids = new Map<SyncedEntity, string[]>();
  for (const r of rows) {
    const list = ids.get(r.entity as SyncedEntity) ?? [];
    list.push(r.entity_id);
    ids.set(r.entity as SyncedEntity, list);
  }
  const gained: string[] = [];
  let revoked: string[] = [];
  // No access change up to the head means none up to the page's end either.
  if (start.is_access_changed && (end === head || (await hasAccessChangeBetween(db, user.id, cursor, end)))) {
    const before = await visibleCaseIdsAt(db, user.id, cursor);
    const now = await visibleCaseIdsNow(db, user);
    revoked = [...before].filter((id) => !now.has(id)).sort();
    // A case gained comes whole, even if nothing in it changed inside this page.
    for (const id of now) if (!before.has(id)) gained.push(id);
  }
  const changes = await recordsAsOf(db, ids, gained, end, signer);
  const conflicts: SyncConflict[] = [];
  for (const entity of new Set(changes.map((c) => c.entity))) {
    const entityIds = changes.filter((c) => c.entity === entity).map((c) => c.entityId);
    conflicts.push(...(await listOpenConflictsAsOf(db, entity, entityIds, end)));
  }
  return {
    cursor: end,
    hasMore,
    changes,
    conflicts,
    revoked,
    lastProcessedClientSeq: start.last_processed_client_seq,
  };
}

/**
 * One page of the pull feed (sync-protocol.md): the records of the user's cases changed after `cursor`,
 * each as it stood at the page's end, with their open conflicts. A page ends on a commit boundary (a commit
 * is never split, so a page may exceed `limit` by the rest of its last commit). When the user's access
 * changed inside the page, cases gained come whole and cases lost are listed in `revoked`.
 *
 * Nearly every pull (no access change, fewer rows than `limit`) is answered without a transaction: its
 * start is one statement, its page ends at the head that statement saw, and everything read after it is
 * read "as of" that head — versions and conflicts with sequences up to it, which no later commit can add to
 * or change (commit order equals sequence order, nextCommitSeq; entity_version is append-only; a conflict
 * closed later has a closed_seq above the head). A no-op pull is then one statement. A full page or an
 * access change also reads current state (the page's last commit, who sees which case now): those run in
 * one REPEATABLE READ snapshot, from the start again.
 */
export async function processPull(
  sql: Sql,
  auth: AuthContext,
  request: PullRequest,
  signer?: SigningKeyRing,
): Promise<PullResponse> {
  const limit = request.limit ?? DEFAULT_PULL_LIMIT;
  const quick = await readStart(sql, auth, request, limit);
  if (!quick.start.is_access_changed && quick.rows.length < limit)
    return buildPage(sql, quick, request.cursor, limit, signer);
  return sql.transaction(
    async (tx) => buildPage(tx, await readStart(tx, auth, request, limit), request.cursor, limit, signer),
    { isReadOnly: true },
  );
}
