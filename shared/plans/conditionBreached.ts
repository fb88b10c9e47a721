import type { DebtorCode } from '../debtor/debtorMessages';
import type { InstalmentStatus } from './instalmentStatus';
import type { PerformancePlan } from './performancePlan';

export type ConditionCheck = {
  isBreached: boolean;
  /** Instalments overdue now. */
  missed: number;
  /** The plan's limit: forced measures may resume once this many are overdue. */
  allowed: number;
  /** The text for the lead's list when breached. */
  code: DebtorCode | null;
};

/**
 * Whether the plan's default condition is met: at least `resumeAfterMissed` instalments overdue (a missed
 * instalment paid late no longer counts). The app only says so; the lead decides whether measures resume.
 */
export function conditionBreached(
  plan: Pick<PerformancePlan, 'conditions'>,
  statuses: readonly InstalmentStatus[],
): ConditionCheck {
  const missed = statuses.filter((s) => s.state === 'overdue').length;
  const allowed = plan.conditions.resumeAfterMissed;
  const isBreached = missed >= allowed;
  return { isBreached, missed, allowed, code: isBreached ? 'plan.conditionBreached' : null };
}
