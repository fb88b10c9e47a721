import { Alert, Button, Group, List, Modal, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { z } from 'zod';
import { checklistOverrideSchema } from '../../../shared/visits/checklistOverride';
import { codeTextResolver } from '../forms/codeTextResolver';
import { submitOnEnter } from '../forms/submitOnEnter';
import type { ChecklistRow } from './ChecklistCard';
import { ChecklistRowText } from './ChecklistRowText';

type Props = {
  opened: boolean;
  title: string;
  message: string;
  /** The unmet checks, by name, with what fails each. */
  rows: readonly ChecklistRow[];
  confirm: string;
  cancel: string;
  isBusy?: boolean;
  /**
   * A required reason (the lead's override), checked by the override's own schema; without it the dialog
   * only asks to confirm. `errorText` gives a message code's text in the user's language.
   */
  reason?: {
    label: string;
    placeholder: string;
    errorText: (code: string) => string;
  };
  /** Confirmed: with the reason as typed when one is asked for (it has passed the schema), else ''. */
  onConfirm: (reason: string) => void;
  onCancel: () => void;
  /** Prefix of the test ids: `<testId>-dialog`, `-item`, `-reason`, `-confirm`, `-cancel`. */
  testId: string;
};

const reasonFormSchema = z.object({ reason: checklistOverrideSchema.shape.reason });
const NO_REASON = z.object({});

/**
 * Before a step is taken on a record whose legal-sufficiency checks are not all met: names each unmet check
 * and asks to confirm, with a reason when one is required. Going back is the default (focused) choice when
 * no reason is asked; with a reason the field has the focus, and Ctrl+Enter confirms from it.
 */
export function UnmetChecklistDialog(props: Props) {
  const { reason } = props;
  // The typed reason outlives closing the dialog (the lead may look at the record again and come back).
  const form = useForm({
    initialValues: { reason: '' },
    validate: codeTextResolver(
      reason ? reasonFormSchema : NO_REASON,
      (code) => reason?.errorText(code) ?? code,
    ),
  });
  const submit = form.onSubmit((values) => props.onConfirm(reason ? values.reason : ''));
  return (
    <Modal opened={props.opened} onClose={props.onCancel} title={props.title} centered size="lg">
      <form noValidate onSubmit={submit} data-testid={`${props.testId}-dialog`}>
        <Alert color="orange" variant="light" title={props.message}>
          <List size="sm" spacing={2}>
            {props.rows.map((row) => (
              <List.Item key={row.key} data-testid={`${props.testId}-item`} data-item={row.key}>
                <ChecklistRowText row={row} />
              </List.Item>
            ))}
          </List>
        </Alert>
        {reason && (
          <Textarea
            mt="md"
            label={reason.label}
            placeholder={reason.placeholder}
            required
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
            onKeyDown={submitOnEnter(() => submit(), { withMod: true })}
            data-autofocus
            data-testid={`${props.testId}-reason`}
          />
        )}
        <Group justify="flex-end" mt="md">
          <Button
            variant="default"
            onClick={props.onCancel}
            data-autofocus={reason ? undefined : true}
            data-testid={`${props.testId}-cancel`}
          >
            {props.cancel}
          </Button>
          <Button type="submit" color="orange" loading={props.isBusy} data-testid={`${props.testId}-confirm`}>
            {props.confirm}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
