import type { Json } from '../../../shared/sync/mutation';
import type { VersionAuthor } from '../caseStore';
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

export type ChildRow = {
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

/** A child_record row as the merge works with it. */
export function toChildState(row: ChildRow): ChildState {
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
