import { Button, Group, Modal, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

type Props = {
  opened: boolean;
  title: string;
  message: string;
  label: string;
  confirm: string;
  cancel: string;
  onConfirm: (justification: string) => void;
  onCancel: () => void;
};

/**
 * Asks for the justification without which a third party's property may not be put under a measure
 * (rule 2). Nothing is written until a non-blank justification is confirmed.
 */
export function JustificationDialog(props: Props) {
  const [text, setText] = useState('');
  const close = () => {
    setText('');
    props.onCancel();
  };
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={props.title}
      centered
      data-testid="justification-dialog"
    >
      <Text size="sm" mb="sm">
        {props.message}
      </Text>
      <Textarea
        label={props.label}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={2000}
        data-autofocus
        data-testid="justification-input"
      />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={close}>
          {props.cancel}
        </Button>
        <Button
          color="orange"
          disabled={text.trim() === ''}
          onClick={() => {
            const value = text.trim();
            setText('');
            props.onConfirm(value);
          }}
          data-testid="justification-confirm"
        >
          {props.confirm}
        </Button>
      </Group>
    </Modal>
  );
}
