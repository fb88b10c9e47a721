import type { PerformancePlan } from './performancePlan';

/**
 * The versions of a plan from `planId` back to the first, newest first, following `previousVersion`. Stops
 * at a version not in `plans` (not yet synced) and at a loop, which only corrupt data could make.
 */
export function planHistory(plans: readonly PerformancePlan[], planId: string): PerformancePlan[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const out: PerformancePlan[] = [];
  const seen = new Set<string>();
  for (let p = byId.get(planId); p !== undefined && !seen.has(p.id);) {
    seen.add(p.id);
    out.push(p);
    p = p.previousVersion === null ? undefined : byId.get(p.previousVersion.planId);
  }
  return out;
}
