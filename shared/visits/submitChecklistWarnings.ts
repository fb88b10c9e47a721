import { reviewChecklist, type ChecklistInput, type ChecklistResult } from './reviewChecklist';

/**
 * The legal-sufficiency checks a visit fails as its officer submits it: the same checklist the team lead
 * will see, so the officer can complete the record first or submit knowing what the lead will be told.
 * A warning, never a block. Photo uploads are left out: the sync engine sends the bytes by itself, and
 * nothing the officer types changes that. A missing end time is a submit blocker, so it is never reached
 * here in practice.
 */
export function submitChecklistWarnings(input: Omit<ChecklistInput, 'isBlobUploaded'>): ChecklistResult[] {
  // Whether the server has the bytes is not asked (null); the item is dropped whatever it says.
  return reviewChecklist({ ...input, isBlobUploaded: () => null }).filter(
    (r) => !r.isMet && r.item !== 'photosUploaded',
  );
}
