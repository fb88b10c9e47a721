import { Alert, Button, Group, List, Modal } from '@mantine/core';

type Props = {
  opened: boolean;
  title: string;
  message: string;
  /** Before / after / excess, formatted. */
  details: readonly string[];
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Rule 3: says, before anything is written, that a measure would put more under measure than is owed. */
export function ExceedConfirmDialog(props: Props) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onCancel}
      title={props.title}
      centered
      data-testid="exceed-dialog"
    >
      <Alert color="red" variant="light" title={props.message}>
        <List size="sm" spacing={2}>
          {props.details.map((d) => (
            <List.Item key={d}>{d}</List.Item>
          ))}
        </List>
      </Alert>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={props.onCancel} data-autofocus data-testid="exceed-cancel">
          {props.cancel}
        </Button>
        <Button color="red" onClick={props.onConfirm} data-testid="exceed-confirm">
          {props.confirm}
        </Button>
      </Group>
    </Modal>
  );
}
