import { unreachable } from '../util/assert';
import type { VisitState } from './visitState';

/**
 * How a visit's content may change in a state: `edit` in place (draft, returned), `locked` while a reviewer
 * has it, `amend` once approved: every change becomes part of a visible amendment, never a silent edit.
 */
export type VisitEditMode = 'edit' | 'locked' | 'amend';

/** The edit mode for a visit state. */
export function visitEditMode(state: VisitState): VisitEditMode {
  switch (state) {
    case 'draft':
    case 'returned':
      return 'edit';
    case 'submitted':
    case 'resubmitted':
      return 'locked';
    case 'approved':
    case 'amended':
      return 'amend';
    default:
      return unreachable(state);
  }
}
