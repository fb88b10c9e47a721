import { Anchor, Badge, Table } from '@mantine/core';
import type { CaseSummary } from '../../shared/domain/caseSummary';
import { formatYuan } from '../../shared/domain/money';

type Props = {
  rows: readonly CaseSummary[];
  labels: {
    number: string;
    type: string;
    applicant: string;
    accepted: string;
    outstanding: string;
    status: string;
  };
  typeName: (t: CaseSummary['type']) => string;
  statusName: (s: CaseSummary['status']) => string;
  onOpen: (id: string) => void;
};

/** The other cases against the same respondent, so the officer sees the debtor's whole burden. */
export function SiblingCaseTable({ rows, labels, typeName, statusName, onOpen }: Props) {
  return (
    <Table striped highlightOnHover data-testid="sibling-cases">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{labels.number}</Table.Th>
          <Table.Th>{labels.type}</Table.Th>
          <Table.Th>{labels.applicant}</Table.Th>
          <Table.Th>{labels.accepted}</Table.Th>
          <Table.Th style={{ textAlign: 'right' }}>{labels.outstanding}</Table.Th>
          <Table.Th>{labels.status}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id} data-testid="sibling-row">
            <Table.Td>
              <Anchor component="button" type="button" size="sm" onClick={() => onOpen(r.id)}>
                {r.caseNumber}
              </Anchor>
            </Table.Td>
            <Table.Td>{typeName(r.type)}</Table.Td>
            <Table.Td>{r.applicantName}</Table.Td>
            <Table.Td>{r.acceptedOn}</Table.Td>
            <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
              {formatYuan(r.outstandingFen)}
            </Table.Td>
            <Table.Td>
              <Badge size="sm" variant="light">
                {statusName(r.status)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
