import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type VisitListRow = {
  id: string;
  caseNumber: string;
  respondentName: string;
  startedAt: string;
  address: string;
  state: ReactNode;
};

type Props = {
  rows: readonly VisitListRow[];
  labels: { started: string; caseNumber: string; respondent: string; address: string; state: string };
  onOpen: (id: string) => void;
};

/** Visits as a table; a row opens with a click or Enter. */
export function VisitListTable({ rows, labels, onOpen }: Props) {
  return (
    <Table striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{labels.started}</Table.Th>
          <Table.Th>{labels.caseNumber}</Table.Th>
          <Table.Th>{labels.respondent}</Table.Th>
          <Table.Th>{labels.address}</Table.Th>
          <Table.Th>{labels.state}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr
            key={r.id}
            tabIndex={0}
            style={{ cursor: 'pointer' }}
            onClick={() => onOpen(r.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') onOpen(r.id);
            }}
            data-testid="visit-row"
          >
            <Table.Td>
              <Text size="sm" ff="monospace">
                {r.startedAt}
              </Text>
            </Table.Td>
            <Table.Td>{r.caseNumber}</Table.Td>
            <Table.Td>{r.respondentName}</Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={1}>
                {r.address}
              </Text>
            </Table.Td>
            <Table.Td>{r.state}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
