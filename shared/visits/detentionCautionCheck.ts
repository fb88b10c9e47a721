import type { Fen } from '../domain/money';
import type { IncidentMeasure } from './incidentMeasure';
import type { OperatingState } from './operatingState';

/** What the caution check needs to know about the case when a detention is recorded. */
export type DetentionCautionContext = {
  /** Value already under measure on the case (the over-seizure meter's `valueUnderMeasureFen`). */
  sealedValueFen: Fen;
  /** What the respondent still owes (`outstandingFen` of the case). */
  outstandingFen: Fen;
  /** The enterprise's operating state from the visit; null when not yet recorded. */
  operatingState: OperatingState | null;
};

/** One point the officer must weigh before detaining the legal representative (domain rule 5). */
export type DetentionCautionPoint =
  | { code: 'incident.caution.propertyUnderControl'; sealedValueFen: Fen; outstandingFen: Fen }
  | { code: 'incident.caution.disruptsOperations'; operatingState: 'normal' | 'partly_stopped' }
  | { code: 'incident.caution.operatingStateUnknown' };

/**
 * The caution points to show when a measure detains the legal representative 法定代表人: detention is avoided
 * when property already under control covers the claim (sealed value ≥ outstanding), or when it would disrupt
 * an enterprise that still operates (normal or partly stopped). An unknown operating state is itself a
 * point, so the officer is not told "no concern" on missing data. Any other measure returns no points.
 * The points inform; the schema only requires the officer to acknowledge them and give a reason.
 */
export function detentionCautionCheck(
  measure: IncidentMeasure,
  context: DetentionCautionContext,
): DetentionCautionPoint[] {
  if (measure.kind !== 'detention' || measure.subject !== 'legal_representative') return [];
  const points: DetentionCautionPoint[] = [];
  if (context.sealedValueFen >= context.outstandingFen) {
    points.push({
      code: 'incident.caution.propertyUnderControl',
      sealedValueFen: context.sealedValueFen,
      outstandingFen: context.outstandingFen,
    });
  }
  const state = context.operatingState;
  if (state === null) {
    points.push({ code: 'incident.caution.operatingStateUnknown' });
  } else if (state === 'normal' || state === 'partly_stopped') {
    points.push({ code: 'incident.caution.disruptsOperations', operatingState: state });
  }
  return points;
}
