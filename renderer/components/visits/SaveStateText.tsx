import { Text } from '@mantine/core';

type Props = {
  kind: 'idle' | 'pending' | 'saving' | 'saved' | 'failed';
  /** Ready-made text for the current state, e.g. "已保存 · 10:32:05". */
  text: string;
};

const COLOR = { idle: 'dimmed', pending: 'orange', saving: 'dimmed', saved: 'teal', failed: 'red' } as const;

/** The visible save state of an autosaved form: nothing is shown as saved until it is durable. */
export function SaveStateText({ kind, text }: Props) {
  return (
    <Text size="sm" c={COLOR[kind]} data-testid="save-state" data-state={kind} aria-live="polite">
      {text}
    </Text>
  );
}
