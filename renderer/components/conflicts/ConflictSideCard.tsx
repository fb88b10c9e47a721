import { Group, Paper, Radio, Stack, Text } from '@mantine/core';

/** One side of a conflict as a person reads it: the value, who wrote it, on which device, when. */
export type ConflictSideView = {
  title: string;
  value: string;
  /** Lines about the author, device and times, already worded. */
  details: readonly string[];
};

type Props = {
  side: ConflictSideView;
  /** The radio value when this side can be chosen; absent for a side shown for reference only. */
  choice?: string;
  /** What choosing this side means ("keep the committed value"). */
  choiceLabel?: string;
  testId: string;
};

/**
 * A side of a conflict. When `choice` is given it is a radio card of the surrounding Radio.Group (arrow keys
 * move between the choices, Space picks one); otherwise a plain panel.
 */
export function ConflictSideCard({ side, choice, choiceLabel, testId }: Props) {
  const body = (
    <Stack gap={6}>
      <Text fw={600} size="sm">
        {side.title}
      </Text>
      <Text
        size="md"
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 240, overflowY: 'auto' }}
        data-testid={`${testId}-value`}
      >
        {side.value}
      </Text>
      <Stack gap={0}>
        {side.details.map((line) => (
          <Text key={line} size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {line}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
  if (choice === undefined) {
    return (
      <Paper withBorder p="md" bg="var(--mantine-color-gray-0)" data-testid={testId}>
        {body}
      </Paper>
    );
  }
  return (
    <Radio.Card value={choice} p="md" radius="md" data-testid={testId}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} />
        <Stack gap={8} style={{ flex: 1, minWidth: 0 }}>
          {body}
          {choiceLabel && (
            <Text size="sm" c="blue" fw={500}>
              {choiceLabel}
            </Text>
          )}
        </Stack>
      </Group>
    </Radio.Card>
  );
}
