import { useState } from 'react';
import type { Incident } from '../../../shared/visits/incident';
import type { Visit } from '../../../shared/visits/visit';
import type { VisitSubmitBlocker } from '../../../shared/visits/visitSubmitBlockers';
import { useT } from '../../app/i18n/useT';
import type { ChecklistRow } from '../../components/review/ChecklistCard';
import { useChecklistRows } from '../review/useChecklistRows';
import { flushAllAutosaves } from './useAutosave';
import { useCodeText } from '../../app/text/useCodeText';
import { useVisitActions } from './useVisitActions';

/**
 * The officer's submit (or resubmit): save what is typed → check → confirm → submit. A blocker stops it and
 * is listed, a row by its number and what was typed in it; checks the lead will see unmet are named in a
 * confirmation first (a warning: the officer may submit anyway). `flush` saves the visit log's own autosave.
 */
export function useVisitSubmit(visit: Visit, flush: () => Promise<void>) {
  const t = useT();
  const codeText = useCodeText();
  const actions = useVisitActions();
  const checklistRows = useChecklistRows();
  const [blockers, setBlockers] = useState<string[]>([]);
  const [unmet, setUnmet] = useState<ChecklistRow[] | null>(null);
  const [isBusy, setBusy] = useState(false);

  const where = (b: VisitSubmitBlocker, record: Visit, incidents: readonly Incident[]): string | null => {
    if (b.row === undefined) return null;
    const incidentIndex = incidents.findIndex((i) => i.id === b.incidentId);
    const people = b.incidentId === undefined ? record.enterprisePeople : incidents[incidentIndex]?.persons;
    const typed = people?.[b.row]?.role.trim() ?? '';
    const row =
      typed === ''
        ? t('visits.submit.row', { row: b.row + 1 })
        : t('visits.submit.rowTyped', { row: b.row + 1, typed });
    if (b.incidentId === undefined) return row;
    return t('visits.submit.inIncident', {
      incident: t('visits.incident.number', { n: incidentIndex + 1 }),
      where: row,
    });
  };

  async function send() {
    setUnmet(null);
    setBusy(true);
    const codes = await actions.submit(visit);
    setBusy(false);
    setBlockers(codes.map(codeText));
  }

  async function request() {
    await flush();
    await flushAllAutosaves();
    const check = await actions.checkSubmit(visit.id);
    if (!check) return;
    if (check.blockers.length > 0) {
      setBlockers(
        check.blockers.map((b) => {
          const at = where(b, check.visit, check.incidents);
          const message = codeText(b.code);
          return at === null ? message : t('visits.submit.blockerAt', { message, where: at });
        }),
      );
      return;
    }
    setBlockers([]);
    if (check.warnings.length > 0) return setUnmet(checklistRows(check.warnings, check.incidents));
    await send();
  }

  return {
    /** What stops the submission, as texts; empty when nothing does. */
    blockers,
    /** The unmet checks awaiting the officer's confirmation; null when no confirmation is asked. */
    unmet,
    isBusy,
    request,
    confirm: send,
    cancel: () => setUnmet(null),
  };
}
