import { useCallback } from 'react';
import type { ChecklistResult } from '../../../shared/visits/reviewChecklist';
import type { Incident } from '../../../shared/visits/incident';
import { useT } from '../../app/i18n/useT';
import type { ChecklistRow } from '../../components/review/ChecklistCard';

/**
 * The evaluated checklist as people read it: each check by name, and for an unmet one what fails it —
 * sealed items and photos by name, incidents by their number on the visit ("妨害行为 2"), not their ids.
 * `incidents` are the visit's incidents in the order the visit shows them.
 */
export function useChecklistRows(): (
  results: readonly ChecklistResult[],
  incidents: readonly Incident[],
) => ChecklistRow[] {
  const t = useT();
  return useCallback(
    (results, incidents) => {
      const incidentLabel = (id: string) => {
        const i = incidents.findIndex((inc) => inc.id === id);
        return i < 0 ? id : t('visits.incident.number', { n: i + 1 });
      };
      return results.map((c) => {
        const details = c.item === 'incidentMeasures' ? c.details.map(incidentLabel) : c.details;
        return {
          key: c.item,
          label: t(`review.checklist.${c.item}`),
          isMet: c.isMet,
          detail:
            c.item === 'photosUploaded' && !c.isMet && details.length > 0
              ? `${details.join(t('punct.list'))} ${t('review.checklist.unknownOffline')}`
              : c.isMet
                ? ''
                : details.join(t('punct.list')),
        };
      });
    },
    [t],
  );
}
