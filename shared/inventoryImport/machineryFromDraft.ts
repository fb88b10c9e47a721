import { assetSchema } from '../assets/asset';
import { NO_MEASURE } from '../assets/assetMeasure';
import type { MachineryAsset } from '../assets/machineryAsset';
import type { OwnerClass } from '../assets/ownerClass';
import type { MachineryDraft } from './applyMapping';

/** Where an imported row goes in the ledger, and what the import cannot know. */
export type DraftContext = {
  id: string;
  caseId: string;
  visitId: string | null;
  /** The list is the enterprise's own, which suggests but does not prove ownership: the person chooses. */
  ownerClass: OwnerClass;
  /** ISO date of the import, recorded as the valuation date. */
  valuationDate: string;
};

/**
 * Turns a corrected draft into a ledger row, or null while the draft still has errors (or fails the asset
 * schema). An imported value is the enterprise's own figure, so it is recorded with method `estimate`, never
 * as an appraisal (rule 6). The new row starts with no measure.
 */
export function machineryFromDraft(draft: MachineryDraft, context: DraftContext): MachineryAsset | null {
  if (draft.hasErrors || draft.quantity === null) return null;
  const parsed = assetSchema.safeParse({
    id: context.id,
    caseId: context.caseId,
    visitId: context.visitId,
    ownerClass: context.ownerClass,
    valuation:
      draft.valueFen === null
        ? null
        : { valueFen: draft.valueFen, method: 'estimate', date: context.valuationDate },
    measure: { ...NO_MEASURE },
    carriedFrom: null,
    class: 'machinery',
    name: draft.name,
    model: draft.model,
    manufacturer: draft.manufacturer,
    serialNumber: draft.serialNumber,
    year: draft.year,
    quantity: draft.quantity,
    unit: draft.unit,
    location: draft.location,
    condition: draft.condition,
  } satisfies MachineryAsset);
  return parsed.success && parsed.data.class === 'machinery' ? parsed.data : null;
}
