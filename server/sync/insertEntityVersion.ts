import type { SqlExecutor } from '../db/Sql';
import { versionHash, type VersionContent } from './versionHash';

/**
 * Appends one version of a record to entity_version, hash-chained to the previous one, and returns its hash.
 * Cases and the records inside them share this history table and this hash, so one verification checks all.
 */
export async function insertEntityVersion(tx: SqlExecutor, content: VersionContent): Promise<string> {
  const hash = versionHash(content);
  const json = (value: unknown) => JSON.stringify(value);
  await tx.query(
    `INSERT INTO entity_version (entity, entity_id, version, commit_seq, case_id, origin, mutation_id, author_user_id,
       device_id, device_time, server_time, data, field_seq, changed_fields, deleted_at, deleted_reason, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::timestamptz, $12::jsonb, $13::jsonb, $14::jsonb,
       $15::timestamptz, $16, $17, $18)`,
    [
      content.entity,
      content.entityId,
      content.version,
      content.commitSeq,
      content.caseId,
      content.origin,
      content.mutationId,
      content.authorUserId,
      content.deviceId,
      content.deviceTime,
      content.serverTime,
      json(content.data),
      json(content.fieldSeq),
      json(content.changedFields),
      content.deletedAt,
      content.deletedReason,
      content.prevHash,
      hash,
    ],
  );
  return hash;
}
