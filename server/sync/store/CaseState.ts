import type { Json } from '../../../shared/sync/mutation';
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

/** What a new version of a case sets; version, sequence, team and hash follow from it (RecordVersions). */
export type CaseContent = Pick<
  CaseState,
  'id' | 'data' | 'fieldSeq' | 'fieldWriter' | 'deletedAt' | 'deletedReason' | 'deletedSeq' | 'deletedBy'
>;

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
