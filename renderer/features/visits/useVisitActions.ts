import { notifications } from '@mantine/notifications';
import type { Case } from '../../../shared/domain/case';
import type { Incident } from '../../../shared/visits/incident';
import type { ChecklistResult } from '../../../shared/visits/reviewChecklist';
import { submitChecklistWarnings } from '../../../shared/visits/submitChecklistWarnings';
import type { Visit } from '../../../shared/visits/visit';
import { visitSubmitBlockers, type VisitSubmitBlocker } from '../../../shared/visits/visitSubmitBlockers';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { useMutationContext } from '../../app/session/useMutationContext';
import { useWriter } from '../../app/session/writerContext';
import { InvalidDataError } from '../../data/errors';
import { newId } from '../../data/newId';
import type { VisitPatch } from '../../data/repositories/visitRepository';
import { describeWriteError } from '../../app/errors/describeWriteError';
import { nowIso } from '../../app/time/localDateTime';
import { useCodeText } from '../../app/text/useCodeText';

/** A submission's prospects: the visit and its incidents as read, what blocks it, what the lead will see unmet. */
export type SubmitCheck = {
  visit: Visit;
  incidents: Incident[];
  blockers: VisitSubmitBlocker[];
  warnings: ChecklistResult[];
};

/**
 * Visit writes: start (from a case), autosaved edits, submit for review. Each validates through the
 * repository, writes row + outbox in one transaction, and tells the officer what happened.
 */
export function useVisitActions() {
  const { repos } = useServices();
  const ctx = useMutationContext();
  const { officer } = useWriter();
  const t = useT();
  const codeText = useCodeText();

  return {
    /**
     * Starts a visit now. The case has no address, so the address starts with the respondent's name for
     * the officer to complete on site; the officer on this device is recorded as present.
     */
    async start(c: Case): Promise<Visit | null> {
      const respondent = c.respondents[0];
      const visit: Visit = {
        id: newId(),
        caseId: c.id,
        state: 'draft',
        startedAt: nowIso(),
        endedAt: null,
        address: respondent ? `${respondent.name} ` : '',
        coordinates: null,
        officersPresent: officer ? [officer] : [],
        enterprisePeople: [],
        operatingState: null,
        workforceSeen: null,
        findings: '',
        signature: { signedBy: null, refusedToSign: false, refusalNote: '' },
      };
      try {
        return await repos.visits.create(ctx, visit);
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
    async save(visitId: string, patch: VisitPatch): Promise<void> {
      await repos.visits.update(ctx, visitId, patch);
    },

    /**
     * What submitting the visit would meet, read fresh from the device after the autosaves: what blocks it
     * (`visitSubmitBlockers`, its incidents included) and the checks the lead will see unmet
     * (`submitChecklistWarnings`). Null when the visit is not on this device.
     */
    async checkSubmit(visitId: string): Promise<SubmitCheck | null> {
      const visit = await repos.visits.get(visitId);
      if (!visit) return null;
      const [incidents, assets, attachments] = await Promise.all([
        repos.incidents.listForVisit(visitId),
        repos.assets.listForVisit(visitId),
        repos.attachments.listForVisit(visitId),
      ]);
      return {
        visit,
        incidents,
        blockers: visitSubmitBlockers(visit, incidents),
        warnings: submitChecklistWarnings({ visit, incidents, assets, attachments }),
      };
    },

    /** Sends a complete visit for review (or back after a return). Returns the codes that block it. */
    async submit(visit: Visit): Promise<string[]> {
      const to = visit.state === 'returned' ? 'resubmitted' : 'submitted';
      try {
        await repos.visits.transition(ctx, visit.id, to);
        notifications.show({ color: 'teal', message: t('visits.submit.done') });
        return [];
      } catch (error) {
        if (error instanceof InvalidDataError) return error.codes;
        notifications.show({
          color: 'red',
          message: describeWriteError(error, t, codeText),
          autoClose: false,
        });
        return [];
      }
    },
  };
}
