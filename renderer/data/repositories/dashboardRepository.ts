import type { TeamFacts } from '../../../shared/reports/teamFacts';
import type { FieldWritDb } from '../db';

/**
 * Reads for the team lead's dashboard. Figures are computed on the device from what it holds (the team's
 * cases for a lead, every case for an admin, the demo court before sign-in), so the dashboard works offline.
 */
export function createDashboardRepository(db: FieldWritDb) {
  return {
    /**
     * The facts the team figures are computed from, slimmed to the fields they use, read in one transaction
     * so that counts across tables agree with each other.
     */
    async teamFacts(): Promise<TeamFacts> {
      return db.transaction('r', [db.cases, db.visits, db.transferFlags, db.conflicts], async () => {
        const [cases, visits, flags, openConflicts] = await Promise.all([
          db.cases.toArray(),
          db.visits.toArray(),
          db.transferFlags.toArray(),
          db.conflicts.count(),
        ]);
        return {
          cases: cases.map(({ type, acceptedOn, closedOn, closingMode, recoveredFen }) => ({
            type,
            acceptedOn,
            closedOn,
            closingMode,
            recoveredFen,
          })),
          visits: visits.map(({ state, startedAt, officersPresent }) => ({
            state,
            startedAt,
            officersPresent,
          })),
          transferFlags: flags.map(({ flaggedAt }) => ({ flaggedAt })),
          openConflicts,
        };
      });
    },
  };
}

export type DashboardRepository = ReturnType<typeof createDashboardRepository>;
