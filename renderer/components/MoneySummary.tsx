import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatYuan } from '../../shared/domain/money';

type Props = {
  principalFen: number;
  interestFen: number;
  costsFen: number;
  recoveredFen: number;
  outstandingFen: number;
  labels: {
    principal: string;
    interest: string;
    costs: string;
    claimTotal: string;
    recovered: string;
    outstanding: string;
  };
};

function Figure({
  label,
  fen,
  strong,
  testId,
}: {
  label: string;
  fen: number;
  strong?: boolean;
  testId?: string;
}) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size={strong ? 'lg' : 'md'} fw={strong ? 700 : 500} ff="monospace" data-testid={testId}>
        ¥{formatYuan(fen)}
      </Text>
    </Stack>
  );
}

/** Claim (principal + interest + costs), recovered and outstanding, all from integer fen. */
export function MoneySummary(p: Props) {
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md">
        <Figure label={p.labels.claimTotal} fen={p.principalFen + p.interestFen + p.costsFen} strong />
        <Figure label={p.labels.recovered} fen={p.recoveredFen} strong testId="money-recovered" />
        <Figure label={p.labels.outstanding} fen={p.outstandingFen} strong testId="money-outstanding" />
      </SimpleGrid>
      <Group gap="xl" mt="sm">
        <Figure label={p.labels.principal} fen={p.principalFen} />
        <Figure label={p.labels.interest} fen={p.interestFen} />
        <Figure label={p.labels.costs} fen={p.costsFen} />
      </Group>
    </Paper>
  );
}
