import { NumberInput, Select, Textarea, TextInput } from '@mantine/core';

/** The input kinds a conflicted field can be edited with (see features/conflicts/conflictEditor). */
export type ConflictInputKind =
  | { kind: 'text'; isMultiline: boolean }
  | { kind: 'choice'; options: readonly { value: string; label: string }[] }
  | { kind: 'money' }
  | { kind: 'number' }
  | { kind: 'json' };

type Props = {
  input: ConflictInputKind;
  label: string;
  description?: string;
  text: string;
  error?: string;
  onChange: (text: string) => void;
};

/** A person's own value for a conflicted field, with the input that suits the field. */
export function ConflictValueInput({ input, label, description, text, error, onChange }: Props) {
  const common = { label, description, error, 'data-testid': 'conflict-edited-input' };
  switch (input.kind) {
    case 'choice':
      return (
        <Select
          {...common}
          data={[...input.options]}
          value={text === '' ? null : text}
          onChange={(v) => onChange(v ?? '')}
          allowDeselect={false}
          maw={360}
        />
      );
    case 'number':
      return <NumberInput {...common} value={text} onChange={(v) => onChange(String(v))} maw={240} />;
    case 'money':
      return (
        <TextInput
          {...common}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
          inputMode="decimal"
          leftSection="¥"
          maw={280}
        />
      );
    case 'text':
      return input.isMultiline ? (
        <Textarea
          {...common}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={12}
        />
      ) : (
        <TextInput {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)} />
      );
    case 'json':
      return (
        <Textarea
          {...common}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={16}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
      );
  }
}
