import { notifications } from '@mantine/notifications';
import type { Incident } from '../../../shared/visits/incident';
import type { IncidentKind } from '../../../shared/visits/incidentKind';
import type { Visit } from '../../../shared/visits/visit';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { newId } from '../../data/newId';
import type { IncidentPatch } from '../../data/repositories/incidentRepository';
import { describeWriteError } from '../../app/errors/describeWriteError';
import { nowIso } from '../../app/time/localDateTime';
import { useCodeText } from '../../app/text/useCodeText';
import { useMutationContext } from '../../app/session/useMutationContext';

/** Obstruction incidents: record one as it happens (now, of the chosen kind), then autosave its details. */
export function useIncidentActions() {
  const { repos } = useServices();
  const ctx = useMutationContext();
  const t = useT();
  const codeText = useCodeText();
  return {
    async record(visit: Visit, kind: IncidentKind): Promise<Incident | null> {
      try {
        return await repos.incidents.create(ctx, {
          id: newId(),
          caseId: visit.caseId,
          visitId: visit.id,
          kind,
          occurredAt: nowIso(),
          place: '',
          persons: [],
          description: '',
          evidence: '',
          measures: [],
          assistingBodies: [],
        });
      } catch (error) {
        notifications.show({
          color: 'red',
          message: describeWriteError(error, t, codeText),
          autoClose: false,
        });
        return null;
      }
    },

    /** An autosave: throws on failure so the autosave keeps the fields and shows why. */
    async save(incidentId: string, patch: IncidentPatch): Promise<void> {
      await repos.incidents.update(ctx, incidentId, patch);
    },
  };
}
