import { Alert, Button, Group, Modal, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Visit } from '../../../shared/visits/visit';
import { useT } from '../../app/i18n/useT';
import { useReviewActions } from './useReviewActions';

type Props = { visit: Visit; opened: boolean; onClose: () => void };

/**
 * Proposes changes to an approved log. The officer edits the fields that need correcting and states why;
 * the approved content stays until the lead accepts, and the amendment is kept whatever the decision.
 */
export function AmendVisitModal({ visit, opened, onClose }: Props) {
  const t = useT();
  const actions = useReviewActions();
  const [findings, setFindings] = useState(visit.findings);
  const [address, setAddress] = useState(visit.address);
  const [workforce, setWorkforce] = useState<number | string>(visit.workforceSeen ?? '');
  const [refusalNote, setRefusalNote] = useState(visit.signature.refusalNote);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function submit() {
    if (reason.trim() === '') {
      setReasonError(t('amendment.reasonRequired'));
      return;
    }
    setBusy(true);
    const ok = await actions.openAmendment(visit.id, reason.trim(), {
      findings,
      address,
      workforceSeen: workforce === '' ? null : Number(workforce),
      'signature.refusalNote': refusalNote,
    });
    setBusy(false);
    if (ok) onClose();
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('amendment.title')} size="lg">
      <Stack gap="sm">
        <Alert color="blue" variant="light">
          {t('amendment.hint')}
        </Alert>
        <TextInput
          label={t('review.target.address')}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
        />
        <NumberInput
          label={t('review.target.workforceSeen')}
          value={workforce}
          min={0}
          allowDecimal={false}
          onChange={setWorkforce}
        />
        <Textarea
          label={t('review.target.findings')}
          value={findings}
          autosize
          minRows={3}
          onChange={(e) => setFindings(e.currentTarget.value)}
          data-testid="amend-findings"
        />
        {visit.signature.refusedToSign && (
          <Textarea
            label={t('visits.signature.refusalNote')}
            value={refusalNote}
            autosize
            onChange={(e) => setRefusalNote(e.currentTarget.value)}
          />
        )}
        <Textarea
          label={t('amendment.reason')}
          required
          value={reason}
          error={reasonError}
          autosize
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setReasonError(null);
          }}
          data-testid="amend-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('amendment.cancel')}
          </Button>
          <Button loading={isBusy} onClick={() => void submit()} data-testid="amend-submit">
            {t('amendment.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
