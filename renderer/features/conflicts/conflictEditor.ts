import { CASE_STATUSES } from '../../../shared/domain/caseStatus';
import { CLOSING_MODES } from '../../../shared/domain/closingMode';
import { formatYuan, parseYuan } from '../../../shared/domain/money';
import type { Json, SyncedEntity } from '../../../shared/sync/mutation';
import { INCIDENT_KINDS } from '../../../shared/visits/incidentKind';
import { OPERATING_STATES } from '../../../shared/visits/operatingState';

/**
 * How a person types a value of their own for a conflicted field: a proper input for text, amounts, numbers
 * and coded values, and JSON only for the structured fields (people lists, coordinates, a signature).
 */
export type ConflictEditor =
  | { kind: 'text'; isMultiline: boolean; isNullable: boolean }
  | { kind: 'choice'; options: readonly string[]; catalogPrefix: string; isNullable: boolean }
  | { kind: 'money' }
  | { kind: 'number' }
  | { kind: 'json' };

export type EditedValue = { ok: true; value: Json } | { ok: false; code: string };

/** Coded fields: the values they may take and the catalog prefix of their names. */
const CHOICES: Partial<Record<SyncedEntity, Record<string, { options: readonly string[]; prefix: string }>>> =
  {
    case: {
      status: { options: CASE_STATUSES, prefix: 'caseStatus' },
      closingMode: { options: CLOSING_MODES, prefix: 'closingMode' },
    },
    visit: { operatingState: { options: OPERATING_STATES, prefix: 'visits.operatingState' } },
    incident: { kind: { options: INCIDENT_KINDS, prefix: 'visits.incidentKind' } },
  };

/** Free-text fields long enough to need several lines. */
const LONG_TEXT = new Set(['notes', 'findings', 'description', 'evidence', 'address', 'refusalNote']);

/** The input for a field, judged from the field and the values both sides hold. */
export function editorFor(entity: SyncedEntity, field: string, values: readonly Json[]): ConflictEditor {
  const present = values.filter((v) => v !== null);
  const isNullable = present.length < values.length;
  const choice = CHOICES[entity]?.[field];
  if (choice && present.every((v) => typeof v === 'string'))
    return { kind: 'choice', options: choice.options, catalogPrefix: choice.prefix, isNullable };
  if (present.length > 0 && present.every((v) => typeof v === 'number'))
    return field.endsWith('Fen') ? { kind: 'money' } : { kind: 'number' };
  if (present.every((v) => typeof v === 'string')) {
    const isMultiline =
      LONG_TEXT.has(field) || present.some((v) => (v as string).includes('\n') || (v as string).length > 60);
    return { kind: 'text', isMultiline, isNullable: isNullable && !present.includes('') };
  }
  return { kind: 'json' };
}

/** What the input shows for a value, to start editing from. */
export function editorText(editor: ConflictEditor, value: Json): string {
  switch (editor.kind) {
    case 'text':
    case 'choice':
      return typeof value === 'string' ? value : '';
    case 'money':
      return typeof value === 'number' ? formatYuan(value) : '';
    case 'number':
      return typeof value === 'number' ? String(value) : '';
    case 'json':
      return JSON.stringify(value, null, 2);
  }
}

/** The value a person typed, or the code of what is wrong with it. */
export function parseEdited(editor: ConflictEditor, text: string): EditedValue {
  switch (editor.kind) {
    case 'text':
      return { ok: true, value: editor.isNullable && text.trim() === '' ? null : text };
    case 'choice':
      if (text === '')
        return editor.isNullable ? { ok: true, value: null } : { ok: false, code: 'conflict.choose' };
      return editor.options.includes(text)
        ? { ok: true, value: text }
        : { ok: false, code: 'conflict.choose' };
    case 'money':
      return parseYuan(text);
    case 'number': {
      const n = Number(text.trim());
      return text.trim() !== '' && Number.isFinite(n)
        ? { ok: true, value: n }
        : { ok: false, code: 'conflict.notANumber' };
    }
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) as Json };
      } catch {
        return { ok: false, code: 'conflict.invalidJson' };
      }
  }
}
