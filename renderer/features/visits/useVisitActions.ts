import { notifications } from '@mantine/notifications';
import type { Case } from '../../../shared/domain/case';
import type { Visit } from '../../../shared/visits/visit';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { useSessionStore } from '../../app/session/sessionStore';
import { InvalidDataError } from '../../data/errors';
import { newId } from '../../data/newId';
import type { VisitPatch } from '../../data/repositories/visitRepository';
import { describeWriteError } from './describeWriteError';
import { nowIso } from './localDateTime';
import { useCodeText } from './useCodeText';
import { useMutationContext } from './useMutationContext';

/**
 * Visit writes: start (from a case), autosaved edits, submit for review. Each validates through the
 * repository, writes row + outbox in one transaction, and tells the officer what happened.
 */
export function useVisitActions() {
  const { repos } = useServices();
  const ctx = useMutationContext();
  const officer = useSessionStore((s) => s.officer);
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
