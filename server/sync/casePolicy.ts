import type { z } from 'zod';
import { caseSchema } from '../../shared/domain/case';
import type { Case } from '../../shared/domain/case';
import type { UserRole } from '../../shared/auth/userRole';
import type { Json } from '../../shared/sync/mutation';
import { isKnownCode } from '../../shared/sync/protocolMessages';
import { MutationRejected } from './MutationRejected';

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

/** The code of a zod issue when it is one of ours (e.g. `money.format`), else the generic `field.invalid`. */
export function issueCode(issue: z.core.$ZodIssue): string {
  return isKnownCode(issue.message) ? issue.message : 'field.invalid';
}

/** `field` plus the issue's own path, e.g. `applicants.0.creditCode`. */
export function issuePath(field: string | undefined, issue: z.core.$ZodIssue): string {
  return [field, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.');
}

/** Parses one field's new value with the shared case schema; throws a rejection naming the field. */
export function parseCaseField(field: CaseField, value: Json): Json {
  const result = caseSchema.shape[field].safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new MutationRejected(issueCode(issue), issuePath(field, issue));
  }
  return result.data as Json;
}
