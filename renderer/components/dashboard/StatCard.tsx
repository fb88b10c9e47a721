import { Paper, Stack, Text } from '@mantine/core';

type Props = {
  label: string;
  value: string;
  hint?: string;
  /** The exact figure behind `value`, for tests and assistive tools that read attributes. */
  rawValue?: number;
  /** Draws the figure in red: something is waiting for the lead. */
  needsAttention?: boolean;
  testId: string;
};

/** One figure of the dashboard: label, value, a line saying what it counts. */
export function StatCard({ label, value, hint, rawValue, needsAttention = false, testId }: Props) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId} data-value={rawValue}>
      <Stack gap={2}>
        <Text size="sm" c="dimmed" fw={500}>
          {label}
        </Text>
        <Text
          size="xl"
          fw={700}
          c={needsAttention ? 'red.7' : undefined}
          lh={1.3}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {value}
        </Text>
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
