import { Button, Group, Modal, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { z } from 'zod';
import { thirdPartyJustificationSchema } from '../../../shared/assets/thirdPartyJustificationSchema';
import { isNotBlank } from '../../../shared/visits/isNotBlank';
import { codeTextResolver } from '../forms/codeTextResolver';
import { submitOnEnter } from '../forms/submitOnEnter';

type Props = {
  opened: boolean;
  title: string;
  message: string;
  label: string;
  confirm: string;
  cancel: string;
  /** The text of a message code, in the user's language (shared schemas speak in codes). */
  errorText: (code: string) => string;
  onConfirm: (justification: string) => void;
  onCancel: () => void;
};

const formSchema = z.object({ justification: thirdPartyJustificationSchema });

/**
 * Asks for the justification without which a third party's property may not be put under a measure
 * (rule 2). Nothing is written until a non-blank justification is confirmed (Ctrl+Enter from the field).
 */
export function JustificationDialog(props: Props) {
  const form = useForm({
    initialValues: { justification: '' },
    validate: codeTextResolver(formSchema, props.errorText),
  });
  const close = () => {
    form.reset();
    props.onCancel();
  };
  const submit = form.onSubmit(({ justification }) => {
    form.reset();
    props.onConfirm(justification.trim());
  });
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={props.title}
      centered
      data-testid="justification-dialog"
    >
      <form noValidate onSubmit={submit}>
        <Text size="sm" mb="sm">
          {props.message}
        </Text>
        <Textarea
          label={props.label}
          {...form.getInputProps('justification')}
          onKeyDown={submitOnEnter(() => submit(), { withMod: true })}
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
            type="submit"
            color="orange"
            // Blank is refused by the schema too; the button says so before a click.
            disabled={!isNotBlank(form.values.justification)}
            data-testid="justification-confirm"
          >
            {props.confirm}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
