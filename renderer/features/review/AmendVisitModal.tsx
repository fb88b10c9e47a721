import { Alert, Button, Group, Modal, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { amendVisitFormSchema, type AmendVisitFormValues } from '../../../shared/visits/amendVisitFormSchema';
import type { Visit } from '../../../shared/visits/visit';
import { useT } from '../../app/i18n/useT';
import { useCodeText } from '../../app/text/useCodeText';
import { codeTextResolver } from '../../components/forms/codeTextResolver';
import { submitOnEnter } from '../../components/forms/submitOnEnter';
import { useReviewActions } from './useReviewActions';

type Props = { visit: Visit; opened: boolean; onClose: () => void };

/**
 * Proposes changes to an approved log. The officer edits the fields that need correcting and states why;
 * the approved content stays until the lead accepts, and the amendment is kept whatever the decision.
 * Enter (Ctrl+Enter in a text area) proposes, Esc closes.
 */
export function AmendVisitModal({ visit, opened, onClose }: Props) {
  const t = useT();
  const codeText = useCodeText();
  const actions = useReviewActions();
  const form = useForm<AmendVisitFormValues>({
    initialValues: {
      address: visit.address,
      workforce: visit.workforceSeen ?? '',
      findings: visit.findings,
      refusalNote: visit.signature.refusalNote,
      reason: '',
    },
    validate: codeTextResolver(amendVisitFormSchema, codeText),
  });
  const [isBusy, setBusy] = useState(false);

  const submit = form.onSubmit(async (values) => {
    const parsed = amendVisitFormSchema.safeParse(values);
    if (!parsed.success) return; // validate() has just shown why, on the fields
    const v = parsed.data;
    setBusy(true);
    const ok = await actions.openAmendment(visit.id, v.reason.trim(), {
      findings: v.findings,
      address: v.address,
      workforceSeen: v.workforce,
      'signature.refusalNote': v.refusalNote,
    });
    setBusy(false);
    if (ok) onClose();
  });
  // A text area keeps Enter for new lines; Ctrl+Enter proposes from it.
  const submitFromTextarea = submitOnEnter(() => submit(), { withMod: true });

  return (
    <Modal opened={opened} onClose={onClose} title={t('amendment.title')} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Alert color="blue" variant="light">
            {t('amendment.hint')}
          </Alert>
          <TextInput label={t('review.target.address')} {...form.getInputProps('address')} data-autofocus />
          <NumberInput
            label={t('review.target.workforceSeen')}
            min={0}
            allowDecimal={false}
            {...form.getInputProps('workforce')}
          />
          <Textarea
            label={t('review.target.findings')}
            autosize
            minRows={3}
            {...form.getInputProps('findings')}
            onKeyDown={submitFromTextarea}
            data-testid="amend-findings"
          />
          {visit.signature.refusedToSign && (
            <Textarea
              label={t('visits.signature.refusalNote')}
              autosize
              {...form.getInputProps('refusalNote')}
              onKeyDown={submitFromTextarea}
            />
          )}
          <Textarea
            label={t('amendment.reason')}
            required
            autosize
            {...form.getInputProps('reason')}
            onKeyDown={submitFromTextarea}
            data-testid="amend-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('amendment.cancel')}
            </Button>
            <Button type="submit" loading={isBusy} data-testid="amend-submit">
              {t('amendment.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
