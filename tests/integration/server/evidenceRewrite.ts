import type { Json } from '../../../shared/sync/mutation';
import type { Sql } from '../../../server/db/Sql';
import { GENESIS_HASH, versionHash } from '../../../server/sync/chain/versionHash';
import type { TestStorage } from './support/testStorage';

type Row = {
  entity: string;
  entity_id: string;
  version: number;
  commit_seq: number;
  case_id: string;
  origin: 'device' | 'admin';
  mutation_id: string | null;
  author_user_id: string | null;
  device_id: string | null;
  device_time: string | null;
  server_time: Date;
  data: Record<string, Json>;
  field_seq: Record<string, number>;
  changed_fields: string[];
  deleted_at: Date | null;
  deleted_reason: string | null;
  prev_hash: string;
  hash: string;
};

/**
 * Runs `fn` as the database owner with every user trigger of the evidence tables off, as only an owner or
 * superuser can (the server's own role cannot: evidenceRoles.test.ts).
 */
export async function withTriggersOff(
  storage: Pick<TestStorage, 'asOwner'>,
  fn: (owner: Sql) => Promise<void>,
): Promise<void> {
  await storage.asOwner(async (sql) => {
    const tables = ['entity_version', 'case_record', 'child_record'];
    for (const t of tables) await sql.exec(`ALTER TABLE ${t} DISABLE TRIGGER USER`);
    try {
      await fn(sql);
    } finally {
      for (const t of tables) await sql.exec(`ALTER TABLE ${t} ENABLE TRIGGER USER`);
    }
  });
}

/**
 * What the attacker did: a record's data changed from `version` on, then every hash from there on recomputed
 * with the app's own unkeyed SHA-256 and the current row made to match, so the chain and the row agree.
 */
export async function rewriteWithRecomputedHashes(
  storage: Pick<TestStorage, 'asOwner'>,
  entity: string,
  entityId: string,
  version: number,
  change: (data: Record<string, Json>) => Record<string, Json>,
): Promise<void> {
  await withTriggersOff(storage, async (sql) => {
    const rows = await sql.query<Row>(
      'SELECT * FROM entity_version WHERE entity = $1 AND entity_id = $2 ORDER BY version',
      [entity, entityId],
    );
    let prevHash = GENESIS_HASH;
    for (const row of rows) {
      const data = row.version >= version ? change(row.data) : row.data;
      const hash = versionHash({
        entity: row.entity,
        entityId: row.entity_id,
        version: row.version,
        commitSeq: row.commit_seq,
        caseId: row.case_id,
        origin: row.origin,
        mutationId: row.mutation_id,
        authorUserId: row.author_user_id,
        deviceId: row.device_id,
        deviceTime: row.device_time,
        serverTime: row.server_time.toISOString(),
        data,
        fieldSeq: row.field_seq,
        changedFields: row.changed_fields,
        deletedAt: row.deleted_at ? row.deleted_at.toISOString() : null,
        deletedReason: row.deleted_reason,
        prevHash,
      });
      await sql.query(
        `UPDATE entity_version SET data = $1::jsonb, prev_hash = $2, hash = $3
         WHERE entity = $4 AND entity_id = $5 AND version = $6`,
        [JSON.stringify(data), prevHash, hash, entity, entityId, row.version],
      );
      prevHash = hash;
    }
    const latest = rows.at(-1)!;
    const liveData = change(latest.data);
    const table = entity === 'case' ? 'case_record' : 'child_record';
    const where = entity === 'case' ? 'id = $3' : 'id = $3 AND entity = $4';
    await sql.query(
      `UPDATE ${table} SET data = $1::jsonb, last_hash = $2 WHERE ${where}`,
      entity === 'case'
        ? [JSON.stringify(liveData), prevHash, entityId]
        : [JSON.stringify(liveData), prevHash, entityId, entity],
    );
  });
}
