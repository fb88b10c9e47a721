import type { Case } from '../../../shared/domain/case';
import { useServices } from '../../app/services/servicesContext';
import { useLive } from '../../data/useLive';
import { expiringMeasures, type ExpiringMeasure } from './expiringMeasures';

/** An expiring measure with the case it belongs to (null when the case is not on this device). */
export type ExpiringMeasureEntry = ExpiringMeasure & { case: Case | null };

/**
 * The legal calendar's reminders over every case on this device, live: the cases a device holds are the
 * ones in its user's scope (the officer's own, a lead's team), so the same list serves the officer's panel
 * and the lead's team-wide list. `today` is the app clock's calendar day.
 */
export function useExpiringMeasures(today: string): ExpiringMeasureEntry[] | undefined {
  const { repos } = useServices();
  return useLive(async () => {
    const found = expiringMeasures(await repos.assets.listUnderMeasure(), today);
    const cases = new Map<string, Case | null>();
    for (const e of found) {
      if (!cases.has(e.asset.caseId))
        cases.set(e.asset.caseId, (await repos.cases.get(e.asset.caseId)) ?? null);
    }
    return found.map((e) => ({ ...e, case: cases.get(e.asset.caseId) ?? null }));
  }, [repos, today]);
}
