import type { Json } from '../../shared/sync/mutation';
import type { SqlExecutor } from '../db/Sql';
import { insertEntityVersion } from './insertEntityVersion';
import { GENESIS_HASH } from './versionHash';
import type { Writer } from './Writer';

/** The committed state of one case, as the merge and the pull need it. */
export type CaseState = {
  id: string;
  teamId: string;
  data: Record<string, Json>;
  version: number;
  commitSeq: number;
  fieldSeq: Record<string, number>;
  fieldWriter: Record<string, Writer>;
  deletedAt: string | null;
  deletedReason: string | null;
  deletedSeq: number | null;
  deletedBy: Writer | null;
  lastHash: string;
};

export type CaseRow = {
  id: string;
  team_id: string;
  data: Record<string, Json>;
  version: number;
  commit_seq: number;
  field_seq: Record<string, number>;
  field_writer: Record<string, Writer>;
  deleted_at: Date | null;
  deleted_reason: string | null;
  deleted_seq: number | null;
  deleted_by: Writer | null;
  last_hash: string;
};

/** A case_record row as the merge works with it. */
export function toCaseState(row: CaseRow): CaseState {
  return {
    id: row.id,
    teamId: row.team_id,
    data: row.data,
    version: row.version,
    commitSeq: row.commit_seq,
    fieldSeq: row.field_seq,
    fieldWriter: row.field_writer,
    deletedAt: row.deleted_at ? row.deleted_at.toISOString() : null,
    deletedReason: row.deleted_reason,
    deletedSeq: row.deleted_seq,
    deletedBy: row.deleted_by,
    lastHash: row.last_hash,
  };
}

export async function teamExists(tx: SqlExecutor, teamId: string): Promise<boolean> {
  return (await tx.query('SELECT 1 FROM team WHERE id = $1', [teamId])).length > 0;
}

/** Who made a version and when: the evidence stored with it. */
export type VersionAuthor = {
  origin: 'device' | 'admin';
  mutationId: string | null;
  authorUserId: string | null;
  deviceId: string | null;
  deviceTime: string | null;
  serverTime: string;
};

/** The next state of a case; `previous` null creates it. */
export type CaseWrite = {
  previous: CaseState | null;
  id: string;
  data: Record<string, Json>;
  fieldSeq: Record<string, number>;
  fieldWriter: Record<string, Writer>;
  changedFields: string[];
  deletedAt: string | null;
  deletedReason: string | null;
  deletedSeq: number | null;
  deletedBy: Writer | null;
  commitSeq: number;
  author: VersionAuthor;
};

/**
 * Writes a new version of a case: its entity_version history row, hash-chained to the previous version, and
 * the current row (insert or update). Returns the new state.
 */
export async function writeCaseVersion(tx: SqlExecutor, write: CaseWrite): Promise<CaseState> {
  const version = (write.previous?.version ?? 0) + 1;
  const teamId = String(write.data.teamId);
  const caseNumber = String(write.data.caseNumber);
  const prevHash = write.previous?.lastHash ?? GENESIS_HASH;
  const hash = await insertEntityVersion(tx, {
    entity: 'case',
    entityId: write.id,
    version,
    commitSeq: write.commitSeq,
    caseId: write.id,
    ...write.author,
    data: write.data,
    fieldSeq: write.fieldSeq,
    changedFields: write.changedFields,
    deletedAt: write.deletedAt,
    deletedReason: write.deletedReason,
    prevHash,
  });
  const json = (value: unknown) => JSON.stringify(value);
  if (write.previous) {
    await tx.query(
      `UPDATE case_record SET case_number = $2, team_id = $3, data = $4::jsonb, version = $5, commit_seq = $6,
         field_seq = $7::jsonb, field_writer = $8::jsonb, deleted_at = $9::timestamptz, deleted_reason = $10,
         deleted_seq = $11, deleted_by = $12::jsonb, last_hash = $13, updated_at = $14::timestamptz
       WHERE id = $1`,
      [
        write.id,
        caseNumber,
        teamId,
        json(write.data),
        version,
        write.commitSeq,
        json(write.fieldSeq),
        json(write.fieldWriter),
        write.deletedAt,
        write.deletedReason,
        write.deletedSeq,
        write.deletedBy === null ? null : json(write.deletedBy),
        hash,
        write.author.serverTime,
      ],
    );
  } else {
    await tx.query(
      `INSERT INTO case_record (id, case_number, team_id, data, version, commit_seq, field_seq, field_writer,
         deleted_at, deleted_reason, deleted_seq, deleted_by, last_hash, created_at, updated_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7::jsonb, $8::jsonb, $9::timestamptz, $10, $11, $12::jsonb, $13,
         $14::timestamptz, $14::timestamptz)`,
      [
        write.id,
        caseNumber,
        teamId,
        json(write.data),
        version,
        write.commitSeq,
        json(write.fieldSeq),
        json(write.fieldWriter),
        write.deletedAt,
        write.deletedReason,
        write.deletedSeq,
        write.deletedBy === null ? null : json(write.deletedBy),
        hash,
        write.author.serverTime,
      ],
    );
  }
  return {
    id: write.id,
    teamId,
    data: write.data,
    version,
    commitSeq: write.commitSeq,
    fieldSeq: write.fieldSeq,
    fieldWriter: write.fieldWriter,
    deletedAt: write.deletedAt,
    deletedReason: write.deletedReason,
    deletedSeq: write.deletedSeq,
    deletedBy: write.deletedBy,
    lastHash: hash,
  };
}
