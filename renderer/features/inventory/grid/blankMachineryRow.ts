import { NO_MEASURE } from '../../../../shared/assets/assetMeasure';
import type { MachineryAsset } from '../../../../shared/assets/machineryAsset';

/**
 * A new, empty inventory line as added by Enter: one unit, owned by the enterprise (what the officers see
 * on its premises, until they record otherwise), no price, no measure. It is saved at once; the warnings
 * say what is still missing.
 */
export function blankMachineryRow(ids: { id: string; caseId: string; visitId: string }): MachineryAsset {
  return {
    id: ids.id,
    caseId: ids.caseId,
    visitId: ids.visitId,
    ownerClass: 'enterprise',
    valuation: null,
    measure: { ...NO_MEASURE },
    carriedFrom: null,
    class: 'machinery',
    name: '',
    model: '',
    manufacturer: '',
    serialNumber: '',
    year: null,
    quantity: 1,
    unit: '',
    location: '',
    condition: null,
  };
}
