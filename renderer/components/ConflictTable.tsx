import { Button, Table, Text } from '@mantine/core';
import type { SyncConflict } from '../../shared/sync/protocol';

type Props = {
  conflicts: readonly SyncConflict[];
  labels: { field: string; base: string; mine: string; theirs: string; record?: string; open?: string };
  fieldName: (field: string) => string;
  /** Names the record a conflict is on; adds a column (lists that span several records). */
  recordName?: (conflict: SyncConflict) => string;
  /** Opens a conflict's resolution screen; adds a button per row. */
  onOpen?: (conflictId: string) => void;
};

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** Conflicts side by side: the value both started from, this officer's, and the one committed. */
export function ConflictTable({ conflicts, labels, fieldName, recordName, onOpen }: Props) {
  return (
    <Table withTableBorder data-testid="conflict-table">
      <Table.Thead>
        <Table.Tr>
          {recordName && <Table.Th>{labels.record}</Table.Th>}
          <Table.Th>{labels.field}</Table.Th>
          <Table.Th>{labels.base}</Table.Th>
          <Table.Th>{labels.mine}</Table.Th>
          <Table.Th>{labels.theirs}</Table.Th>
          {onOpen && <Table.Th />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {conflicts.map((c) => (
          <Table.Tr key={c.id} data-testid="conflict-row">
            {recordName && <Table.Td>{recordName(c)}</Table.Td>}
            <Table.Td>{fieldName(c.field)}</Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {show(c.base)}
              </Text>
            </Table.Td>
            <Table.Td data-testid="conflict-mine">{show(c.mine)}</Table.Td>
            <Table.Td data-testid="conflict-theirs">{show(c.theirs)}</Table.Td>
            {onOpen && (
              <Table.Td>
                <Button size="xs" variant="light" onClick={() => onOpen(c.id)} data-testid="conflict-open">
                  {labels.open}
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
