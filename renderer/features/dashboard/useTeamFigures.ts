import { useMemo } from 'react';
import { computeTeamFigures } from '../../../shared/reports/teamFigures';
import { useServices } from '../../app/services/servicesContext';
import { useLive } from '../../data/useLive';
import { toLocalInput } from '../../app/time/localDateTime';
import { usePeriodSelection } from './usePeriodSelection';

/** An instant's calendar date on this device: a visit belongs to the day the officers saw on their clock. */
const localDateOf = (iso: string) => toLocalInput(iso).slice(0, 10);

/**
 * The team's figures for the chosen period, live. The facts are read once (and again when the data
 * changes); choosing another period only recomputes in memory. `figures` is undefined while loading.
 */
export function useTeamFigures() {
  const { repos } = useServices();
  const facts = useLive(() => repos.dashboard.teamFacts(), [repos]);
  const earliest = useMemo(
    () =>
      facts?.cases.reduce<string | null>(
        (min, c) => (min === null || c.acceptedOn < min ? c.acceptedOn : min),
        null,
      ) ?? null,
    [facts],
  );
  const selection = usePeriodSelection(earliest);
  const figures = useMemo(
    () => (facts ? computeTeamFigures(facts, selection.period, localDateOf) : undefined),
    [facts, selection.period],
  );
  return { figures, selection };
}
