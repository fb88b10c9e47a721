import type { ChecklistOverride } from './checklistOverride';
import type { ChecklistItem, ChecklistResult } from './reviewChecklist';

/**
 * The unmet checks an approval has not acknowledged: an approval is allowed only when this is empty, that
 * is, when every check is met or the lead's override names each unmet one (with its reason). An override
 * may name more than is unmet now (a photo the lead could not confirm offline has reached the server since):
 * it records what the lead saw when deciding.
 */
export function unacknowledgedChecklistItems(
  results: readonly ChecklistResult[],
  override: ChecklistOverride | undefined,
): ChecklistItem[] {
  const acknowledged = new Set<ChecklistItem>(override?.unmetItems ?? []);
  return results.filter((r) => !r.isMet && !acknowledged.has(r.item)).map((r) => r.item);
}
