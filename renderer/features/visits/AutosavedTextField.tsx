import { Textarea, TextInput } from '@mantine/core';
import { useUncontrolled } from '@mantine/hooks';
import type { CSSProperties, ReactNode } from 'react';

type Props = {
  label: ReactNode;
  description?: ReactNode;
  /** The text, when the form needs it elsewhere too (coordinates read both halves). */
  value?: string;
  /** Otherwise the field keeps its own text, starting from the saved value. */
  defaultValue?: string;
  /** Every change: the form queues it for the debounced autosave. */
  onChange: (text: string) => void;
  /** Leaving the field: the form saves at once. */
  onBlur: () => void;
  error?: ReactNode;
  /** A growing text area of at least this many rows instead of a one-line input. */
  minRows?: number;
  disabled?: boolean;
  w?: number;
  style?: CSSProperties;
  'data-testid': string;
};

/**
 * One autosaved text field of the visit log or an incident: it shows what was typed (kept here, so a save
 * in flight never overwrites a keystroke, and typing re-renders this field, not the whole form), hands each
 * change to the autosave and saves on leaving the field.
 */
export function AutosavedTextField({ value, defaultValue, onChange, minRows, ...rest }: Props) {
  const [text, setText] = useUncontrolled({ value, defaultValue, finalValue: '', onChange });
  const shared = { ...rest, value: text };
  return minRows === undefined ? (
    <TextInput {...shared} onChange={(e) => setText(e.currentTarget.value)} />
  ) : (
    <Textarea {...shared} autosize minRows={minRows} onChange={(e) => setText(e.currentTarget.value)} />
  );
}
