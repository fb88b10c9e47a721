import type { Json, SyncedEntity } from '../../../shared/sync/mutation';
import type { Writer } from './Writer';

/** Every synced entity except the case itself: each lives inside one case. */
export type ChildEntity = Exclude<SyncedEntity, 'case'>;

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

/** What a new version of a record inside a case sets; version, sequence and hash follow from it. */
export type ChildContent = Pick<ChildState, 'entity' | 'id' | 'caseId' | 'data' | 'fieldSeq' | 'fieldWriter'>;

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
