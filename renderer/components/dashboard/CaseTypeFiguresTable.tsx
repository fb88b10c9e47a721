import { Table } from '@mantine/core';

export type CaseTypeFiguresRow = {
  key: string;
  label: string;
  accepted: number;
  closed: number;
  recovered: string;
  averageDays: string;
};

type Props = {
  rows: readonly CaseTypeFiguresRow[];
  total: CaseTypeFiguresRow;
  labels: { type: string; accepted: string; closed: string; recovered: string; averageDays: string };
};

/** The figures the court reports, per case type and in total, exactly (the charts round nothing away). */
export function CaseTypeFiguresTable({ rows, total, labels }: Props) {
  const line = (r: CaseTypeFiguresRow, isTotal: boolean) => (
    <Table.Tr key={r.key} data-testid={`figures-row-${r.key}`} fw={isTotal ? 700 : undefined}>
      <Table.Td>{r.label}</Table.Td>
      <Table.Td ta="right" ff="monospace">
        {r.accepted}
      </Table.Td>
      <Table.Td ta="right" ff="monospace">
        {r.closed}
      </Table.Td>
      <Table.Td ta="right" ff="monospace">
        {r.recovered}
      </Table.Td>
      <Table.Td ta="right" ff="monospace">
        {r.averageDays}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Table striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{labels.type}</Table.Th>
          <Table.Th ta="right">{labels.accepted}</Table.Th>
          <Table.Th ta="right">{labels.closed}</Table.Th>
          <Table.Th ta="right">{labels.recovered}</Table.Th>
          <Table.Th ta="right">{labels.averageDays}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{rows.map((r) => line(r, false))}</Table.Tbody>
      <Table.Tfoot>{line(total, true)}</Table.Tfoot>
    </Table>
  );
}
