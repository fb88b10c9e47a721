import type { Json } from '../../../shared/sync/mutation';
import type { SqlExecutor } from '../../db/Sql';
import type { VersionAuthor } from '../caseStore';
import { insertEntityVersion } from '../insertEntityVersion';
import { GENESIS_HASH } from '../versionHash';
import type { Writer } from '../Writer';
import type { ChildEntity } from './childPolicies';

/** The committed state of one record inside a case (a visit, an incident, …), as merge and pull need it. */
export type ChildState = {
  entity: ChildEntity;
  id: string;
  caseId: string;
  data: Record<string, Json>;
  version: number;
  commitSeq: number;
  fieldSeq: Record<string, number>;
  fieldWriter: Record<string, Writer>;
  lastHash: string;
};

type ChildRow = {
  entity: ChildEntity;
  id: string;
  case_id: string;
  data: Record<string, Json>;
  version: number;
  commit_seq: number;
  field_seq: Record<string, number>;
  field_writer: Record<string, Writer>;
  last_hash: string;
};

function toState(row: ChildRow): ChildState {
  return {
    entity: row.entity,
    id: row.id,
    caseId: row.case_id,
    data: row.data,
    version: row.version,
    commitSeq: row.commit_seq,
    fieldSeq: row.field_seq,
    fieldWriter: row.field_writer,
    lastHash: row.last_hash,
  };
}

/** Reads a record and locks its row until the transaction ends. */
export async function lockChild(
  tx: SqlExecutor,
  entity: ChildEntity,
  id: string,
): Promise<ChildState | null> {
  const rows = await tx.query<ChildRow>(
    'SELECT * FROM child_record WHERE entity = $1 AND id = $2 FOR UPDATE',
    [entity, id],
  );
  return rows[0] ? toState(rows[0]) : null;
}

/** The next state of a record; `previous` null creates it. */
export type ChildWrite = {
  previous: ChildState | null;
  entity: ChildEntity;
  id: string;
  caseId: string;
  data: Record<string, Json>;
  fieldSeq: Record<string, number>;
  fieldWriter: Record<string, Writer>;
  changedFields: string[];
  commitSeq: number;
  author: VersionAuthor;
};

/** Writes a new version of a record: its hash-chained history row and the current row. */
export async function writeChildVersion(tx: SqlExecutor, write: ChildWrite): Promise<ChildState> {
  const version = (write.previous?.version ?? 0) + 1;
  const hash = await insertEntityVersion(tx, {
    entity: write.entity,
    entityId: write.id,
    version,
    commitSeq: write.commitSeq,
    caseId: write.caseId,
    ...write.author,
    data: write.data,
    fieldSeq: write.fieldSeq,
    changedFields: write.changedFields,
    deletedAt: null,
    deletedReason: null,
    prevHash: write.previous?.lastHash ?? GENESIS_HASH,
  });
  const json = (value: unknown) => JSON.stringify(value);
  const params = [
    write.entity,
    write.id,
    write.caseId,
    json(write.data),
    version,
    write.commitSeq,
    json(write.fieldSeq),
    json(write.fieldWriter),
    hash,
    write.author.serverTime,
  ];
  if (write.previous) {
    await tx.query(
      `UPDATE child_record SET data = $4::jsonb, version = $5, commit_seq = $6, field_seq = $7::jsonb,
         field_writer = $8::jsonb, last_hash = $9, updated_at = $10::timestamptz
       WHERE entity = $1 AND id = $2 AND case_id = $3`,
      params,
    );
  } else {
    await tx.query(
      `INSERT INTO child_record (entity, id, case_id, data, version, commit_seq, field_seq, field_writer, last_hash,
         created_at, updated_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7::jsonb, $8::jsonb, $9, $10::timestamptz, $10::timestamptz)`,
      params,
    );
  }
  return {
    entity: write.entity,
    id: write.id,
    caseId: write.caseId,
    data: write.data,
    version,
    commitSeq: write.commitSeq,
    fieldSeq: write.fieldSeq,
    fieldWriter: write.fieldWriter,
    lastHash: hash,
  };
}
