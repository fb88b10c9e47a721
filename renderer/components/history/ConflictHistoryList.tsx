import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';

export type ConflictHistoryView = {
  id: string;
  title: string;
  status: string;
  isOpen: boolean;
  rows: { key: string; label: string; value: string; by: string }[];
  decision: string | null;
};

type Props = { title: string; items: readonly ConflictHistoryView[] };

/** The conflicts a record had: every value involved, who wrote each, and the decision with its reason. */
export function ConflictHistoryList({ title, items }: Props) {
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="history-conflicts">
      <Text fw={600} size="sm">
        {title}
      </Text>
      {items.map((item) => (
        <Paper key={item.id} withBorder p="xs" data-testid="history-conflict">
          <Group justify="space-between" mb={4}>
            <Text size="sm" fw={500}>
              {item.title}
            </Text>
            <Badge color={item.isOpen ? 'orange' : 'gray'} variant="light">
              {item.status}
            </Badge>
          </Group>
          <Table withRowBorders={false} verticalSpacing={2}>
            <Table.Tbody>
              {item.rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Td w={120}>
                    <Text size="xs" c="dimmed">
                      {row.label}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {row.value}
                    </Text>
                  </Table.Td>
                  <Table.Td w={160}>
                    <Text size="xs" c="dimmed">
                      {row.by}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {item.decision && (
            <Text size="xs" mt={4}>
              {item.decision}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
