import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = {
  title: string;
  /** Shown instead of the chart when there is nothing to draw. */
  emptyText: string;
  isEmpty: boolean;
  testId: string;
  children: ReactNode;
};

/** A titled frame around one chart, with a sentence instead of an empty plot. */
export function ChartCard({ title, emptyText, isEmpty, testId, children }: Props) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Stack gap="sm">
        <Title order={5}>{title}</Title>
        {isEmpty ? (
          <Text c="dimmed" size="sm" py="xl" ta="center">
            {emptyText}
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Paper>
  );
}
