import type { CaseState } from './CaseState';
import type { ChildState } from './ChildState';
import type { VersionContent } from '../chain/VersionContent';
import { unnestSource, type WritePart } from './WritePart';

/** A record's current row to write: inserted when new to the database, else updated. */
export type RowWrite<S> = { state: S; isNew: boolean; serverTime: string };

const json = (value: unknown) => JSON.stringify(value);

const VERSION_COLUMNS = [
  ['entity', 'text'],
  ['entity_id', 'text'],
  ['version', 'int'],
  ['commit_seq', 'bigint'],
  ['case_id', 'text'],
  ['origin', 'text'],
  ['mutation_id', 'text'],
  ['author_user_id', 'text'],
  ['device_id', 'text'],
  ['device_time', 'text'],
  ['server_time', 'timestamptz'],
  ['data', 'text'],
  ['field_seq', 'text'],
  ['changed_fields', 'text'],
  ['deleted_at', 'timestamptz'],
  ['deleted_reason', 'text'],
  ['prev_hash', 'text'],
  ['hash', 'text'],
] as const;

/** Appends versions to entity_version (hash chain computed by the caller). */
export function versionRowsPart(rows: readonly (VersionContent & { hash: string })[]): WritePart[] {
  if (rows.length === 0) return [];
  return [
    {
      sql: (first) =>
        `INSERT INTO entity_version (${VERSION_COLUMNS.map(([c]) => c).join(', ')})
         SELECT entity, entity_id, version, commit_seq, case_id, origin, mutation_id, author_user_id, device_id,
           device_time, server_time, data::jsonb, field_seq::jsonb, changed_fields::jsonb, deleted_at,
           deleted_reason, prev_hash, hash
         FROM ${unnestSource(first, VERSION_COLUMNS)}`,
      params: [
        rows.map((r) => r.entity),
        rows.map((r) => r.entityId),
        rows.map((r) => r.version),
        rows.map((r) => r.commitSeq),
        rows.map((r) => r.caseId),
        rows.map((r) => r.origin),
        rows.map((r) => r.mutationId),
        rows.map((r) => r.authorUserId),
        rows.map((r) => r.deviceId),
        rows.map((r) => r.deviceTime),
        rows.map((r) => r.serverTime),
        rows.map((r) => json(r.data)),
        rows.map((r) => json(r.fieldSeq)),
        rows.map((r) => json(r.changedFields)),
        rows.map((r) => r.deletedAt),
        rows.map((r) => r.deletedReason),
        rows.map((r) => r.prevHash),
        rows.map((r) => r.hash),
      ],
    },
  ];
}

const CASE_COLUMNS = [
  ['id', 'text'],
  ['case_number', 'text'],
  ['team_id', 'text'],
  ['data', 'text'],
  ['version', 'int'],
  ['commit_seq', 'bigint'],
  ['field_seq', 'text'],
  ['field_writer', 'text'],
  ['deleted_at', 'timestamptz'],
  ['deleted_reason', 'text'],
  ['deleted_seq', 'bigint'],
  ['deleted_by', 'text'],
  ['last_hash', 'text'],
  ['written_at', 'timestamptz'],
] as const;

function caseParams(rows: readonly RowWrite<CaseState>[]): unknown[] {
  const s = rows.map((r) => r.state);
  return [
    s.map((c) => c.id),
    s.map((c) => String(c.data.caseNumber)),
    s.map((c) => c.teamId),
    s.map((c) => json(c.data)),
    s.map((c) => c.version),
    s.map((c) => c.commitSeq),
    s.map((c) => json(c.fieldSeq)),
    s.map((c) => json(c.fieldWriter)),
    s.map((c) => c.deletedAt),
    s.map((c) => c.deletedReason),
    s.map((c) => c.deletedSeq),
    s.map((c) => (c.deletedBy === null ? null : json(c.deletedBy))),
    s.map((c) => c.lastHash),
    rows.map((r) => r.serverTime),
  ];
}

/** The current rows of cases: new ones inserted, the others updated. */
export function caseRowsParts(rows: readonly RowWrite<CaseState>[]): WritePart[] {
  const fresh = rows.filter((r) => r.isNew);
  const existing = rows.filter((r) => !r.isNew);
  const parts: WritePart[] = [];
  if (fresh.length > 0) {
    parts.push({
      sql: (first) =>
        `INSERT INTO case_record (id, case_number, team_id, data, version, commit_seq, field_seq, field_writer,
           deleted_at, deleted_reason, deleted_seq, deleted_by, last_hash, created_at, updated_at)
         SELECT id, case_number, team_id, data::jsonb, version, commit_seq, field_seq::jsonb, field_writer::jsonb,
           deleted_at, deleted_reason, deleted_seq, deleted_by::jsonb, last_hash, written_at, written_at
         FROM ${unnestSource(first, CASE_COLUMNS)}`,
      params: caseParams(fresh),
    });
  }
  if (existing.length > 0) {
    parts.push({
      sql: (first) =>
        `UPDATE case_record c SET case_number = v.case_number, team_id = v.team_id, data = v.data::jsonb,
           version = v.version, commit_seq = v.commit_seq, field_seq = v.field_seq::jsonb,
           field_writer = v.field_writer::jsonb, deleted_at = v.deleted_at, deleted_reason = v.deleted_reason,
           deleted_seq = v.deleted_seq, deleted_by = v.deleted_by::jsonb, last_hash = v.last_hash,
           updated_at = v.written_at
         FROM ${unnestSource(first, CASE_COLUMNS)}
         WHERE c.id = v.id`,
      params: caseParams(existing),
    });
  }
  return parts;
}

const CHILD_COLUMNS = [
  ['entity', 'text'],
  ['id', 'text'],
  ['case_id', 'text'],
  ['data', 'text'],
  ['version', 'int'],
  ['commit_seq', 'bigint'],
  ['field_seq', 'text'],
  ['field_writer', 'text'],
  ['last_hash', 'text'],
  ['written_at', 'timestamptz'],
] as const;

function childParams(rows: readonly RowWrite<ChildState>[]): unknown[] {
  const s = rows.map((r) => r.state);
  return [
    s.map((c) => c.entity),
    s.map((c) => c.id),
    s.map((c) => c.caseId),
    s.map((c) => json(c.data)),
    s.map((c) => c.version),
    s.map((c) => c.commitSeq),
    s.map((c) => json(c.fieldSeq)),
    s.map((c) => json(c.fieldWriter)),
    s.map((c) => c.lastHash),
    rows.map((r) => r.serverTime),
  ];
}

/** The current rows of records inside cases: new ones inserted, the others updated. */
export function childRowsParts(rows: readonly RowWrite<ChildState>[]): WritePart[] {
  const fresh = rows.filter((r) => r.isNew);
  const existing = rows.filter((r) => !r.isNew);
  const parts: WritePart[] = [];
  if (fresh.length > 0) {
    parts.push({
      sql: (first) =>
        `INSERT INTO child_record (entity, id, case_id, data, version, commit_seq, field_seq, field_writer,
           last_hash, created_at, updated_at)
         SELECT entity, id, case_id, data::jsonb, version, commit_seq, field_seq::jsonb, field_writer::jsonb,
           last_hash, written_at, written_at
         FROM ${unnestSource(first, CHILD_COLUMNS)}`,
      params: childParams(fresh),
    });
  }
  if (existing.length > 0) {
    parts.push({
      sql: (first) =>
        `UPDATE child_record c SET data = v.data::jsonb, version = v.version, commit_seq = v.commit_seq,
           field_seq = v.field_seq::jsonb, field_writer = v.field_writer::jsonb, last_hash = v.last_hash,
           updated_at = v.written_at
         FROM ${unnestSource(first, CHILD_COLUMNS)}
         WHERE c.entity = v.entity AND c.id = v.id AND c.case_id = v.case_id`,
      params: childParams(existing),
    });
  }
  return parts;
}
