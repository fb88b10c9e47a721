import { Select, Table, Text } from '@mantine/core';

type Props = {
  /** The header row's cells, one per sheet column. */
  headers: readonly string[];
  /** A few data rows under the header, to recognise each column by its content. */
  samples: readonly (readonly string[])[];
  /** The field each sheet column fills, or null when it is not imported. */
  targets: readonly (string | null)[];
  fieldOptions: readonly { value: string; label: string }[];
  /** Fields named by a mapping problem, highlighted. */
  problemFields: ReadonlySet<string>;
  labels: { column: string; header: string; sample: string; target: string; skip: string };
  onTarget: (column: number, field: string | null) => void;
};

/** Column letters as a spreadsheet shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The column-mapping step: each column of the file, its header and samples, and the field it fills. */
export function ImportMappingTable({
  headers,
  samples,
  targets,
  fieldOptions,
  problemFields,
  labels,
  onTarget,
}: Props) {
  const data = [{ value: '', label: labels.skip }, ...fieldOptions];
  return (
    <Table striped withTableBorder verticalSpacing={4} data-testid="import-mapping">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={56}>{labels.column}</Table.Th>
          <Table.Th>{labels.header}</Table.Th>
          <Table.Th>{labels.sample}</Table.Th>
          <Table.Th w={200}>{labels.target}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {headers.map((header, column) => {
          const target = targets[column] ?? null;
          return (
            <Table.Tr key={column} data-testid="mapping-row">
              <Table.Td>{columnLetter(column)}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {header}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {samples
                    .map((r) => r[column] ?? '')
                    .filter((c) => c.trim() !== '')
                    .join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  data={data}
                  value={target ?? ''}
                  allowDeselect={false}
                  aria-label={`${labels.target} ${columnLetter(column)}`}
                  error={target !== null && problemFields.has(target)}
                  onChange={(v) => onTarget(column, v === null || v === '' ? null : v)}
                  data-testid="mapping-target"
                  comboboxProps={{ withinPortal: true }}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
