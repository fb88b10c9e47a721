import type { CaseEditValues } from '../../../shared/domain/caseEditFormSchema';

/**
 * The form field a code refused by the repository's check belongs on. Only the closing-date rules need the
 * stored case (its acceptance date) and so can come back from the save; anything else shows on the closing
 * mode, where the form has always shown a refused save.
 */
export function saveErrorField(code: string): keyof CaseEditValues {
  return code === 'case.closedOnMismatch' || code === 'case.closedBeforeAccepted'
    ? 'closedOn'
    : 'closingMode';
}
