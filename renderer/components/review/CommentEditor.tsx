import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';

export type DraftComment = { target: string; text: string };

type Props = {
  comments: readonly DraftComment[];
  onChange: (comments: DraftComment[]) => void;
  targets: readonly { value: string; label: string }[];
  labels: {
    title: string;
    target: string;
    text: string;
    add: string;
    remove: string;
    placeholder: string;
    none: string;
    /** What joins a target to its comment: "：" in Chinese, ": " in English. */
    colon: string;
  };
};

/**
 * The lead's comments, each pinned to a section or field. Keyboard first: pick the target, type, and
 * Ctrl+Enter adds the comment and returns to the text box for the next one.
 */
export function CommentEditor({ comments, onChange, targets, labels }: Props) {
  const [target, setTarget] = useState(targets[0]?.value ?? '');
  const [text, setText] = useState('');
  const labelOf = (value: string) => targets.find((t) => t.value === value)?.label ?? value;

  function add() {
    if (text.trim() === '') return;
    onChange([...comments, { target, text: text.trim() }]);
    setText('');
  }

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text fw={600}>{labels.title}</Text>
        {comments.length === 0 && (
          <Text size="sm" c="dimmed">
            {labels.none}
          </Text>
        )}
        {comments.map((c, i) => (
          <Group key={i} justify="space-between" wrap="nowrap" data-testid="draft-comment">
            <Text size="sm">
              <Text span fw={600}>
                {labelOf(c.target)}
              </Text>
              {labels.colon}
              {c.text}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={labels.remove}
              onClick={() => onChange(comments.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Select
          label={labels.target}
          data={targets.map((t) => ({ value: t.value, label: t.label }))}
          value={target}
          allowDeselect={false}
          searchable
          onChange={(v) => v && setTarget(v)}
          data-testid="comment-target"
        />
        <Textarea
          label={labels.text}
          placeholder={labels.placeholder}
          value={text}
          autosize
          minRows={2}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              add();
            }
          }}
          data-testid="comment-text"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={add} disabled={text.trim() === ''} data-testid="add-comment">
            {labels.add}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
