import { Alert, Button, Group, List, Modal, Textarea } from '@mantine/core';
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
  /** A required reason (the lead's override); without it the dialog only asks to confirm. */
  reason?: {
    label: string;
    placeholder: string;
    value: string;
    error: string | null;
    onChange: (value: string) => void;
  };
  onConfirm: () => void;
  onCancel: () => void;
  /** Prefix of the test ids: `<testId>-dialog`, `-item`, `-reason`, `-confirm`, `-cancel`. */
  testId: string;
};

/**
 * Before a step is taken on a record whose legal-sufficiency checks are not all met: names each unmet check
 * and asks to confirm, with a reason when one is required. Going back is the default (focused) choice when
 * no reason is asked; with a reason the field has the focus, and Ctrl+Enter confirms from it.
 */
export function UnmetChecklistDialog(props: Props) {
  const { reason } = props;
  return (
    <Modal opened={props.opened} onClose={props.onCancel} title={props.title} centered size="lg">
      <div data-testid={`${props.testId}-dialog`}>
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
            value={reason.value}
            error={reason.error}
            onChange={(e) => reason.onChange(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing) {
                e.preventDefault();
                props.onConfirm();
              }
            }}
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
          <Button
            color="orange"
            loading={props.isBusy}
            onClick={props.onConfirm}
            data-testid={`${props.testId}-confirm`}
          >
            {props.confirm}
          </Button>
        </Group>
      </div>
    </Modal>
  );
}
