import { Table, Text } from '@mantine/core';

export type DiffRow = { key: string; label: string; before: string; after: string };

type Props = {
  rows: readonly DiffRow[];
  labels: { field: string; before: string; after: string; none: string };
  testId?: string;
};

/** Fields side by side: as they were, and as they are now. */
export function DiffTable({ rows, labels, testId }: Props) {
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid={testId}>
        {labels.none}
      </Text>
    );
  return (
    <Table withTableBorder data-testid={testId} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={160}>{labels.field}</Table.Th>
          <Table.Th>{labels.before}</Table.Th>
          <Table.Th>{labels.after}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key} data-testid={`diff-${row.key}`}>
            <Table.Td>{row.label}</Table.Td>
            <Table.Td c="red.8" style={{ whiteSpace: 'pre-wrap', textDecoration: 'line-through' }}>
              {row.before}
            </Table.Td>
            <Table.Td c="teal.8" style={{ whiteSpace: 'pre-wrap' }}>
              {row.after}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
