import { caseSchema } from '../../../shared/domain/case';
import type { Case } from '../../../shared/domain/case';
import type { UserRole } from '../../../shared/auth/userRole';
import type { Json } from '../../../shared/sync/mutation';
import { parseOrReject } from '../mutation/rejectionFor';

export type CaseField = keyof Case;

/** Every field of a case, in schema order. */
export const CASE_FIELDS = Object.keys(caseSchema.shape) as CaseField[];

/**
 * What an officer or team lead may change on a case in the field. The rest (parties, claim, case number,
 * team) comes from the court's case system through the administrator's import.
 */
export const TEAM_PATCHABLE_FIELDS: readonly CaseField[] = [
  'status',
  'closingMode',
  'closedOn',
  'recoveredFen',
  'notes',
  'officers',
];

export function isCaseField(field: string): field is CaseField {
  return (CASE_FIELDS as string[]).includes(field);
}

/** Administrators may change every field but the id; others only TEAM_PATCHABLE_FIELDS. */
export function mayPatchField(role: UserRole, field: CaseField): boolean {
  if (field === 'id') return false;
  return role === 'admin' || TEAM_PATCHABLE_FIELDS.includes(field);
}

/** Parses one field's new value with the shared case schema; throws a rejection naming the field. */
export function parseCaseField(field: CaseField, value: Json): Json {
  return parseOrReject(caseSchema.shape[field], value, field) as Json;
}
