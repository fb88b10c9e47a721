import { ActionIcon, Autocomplete, Button, Group, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';

export type PersonRowValue = { key: string; name: string; role: string };

type Props = {
  rows: readonly PersonRowValue[];
  onChange: (rows: PersonRowValue[]) => void;
  /** Leaving a field: the form saves at once instead of waiting for the pause. */
  onBlur?: () => void;
  onAdd: () => void;
  /** Keys of rows with a role but no name. */
  unnamedRowKeys: readonly string[];
  roleSuggestions: readonly string[];
  isReadOnly: boolean;
  testId: string;
  labels: { name: string; role: string; add: string; remove: string; nameRequired: string };
};

/** Name + role rows (people present, persons involved). Enter in the role field adds the next row. */
export function PersonRowsInput(p: Props) {
  const update = (key: string, field: 'name' | 'role', value: string) =>
    p.onChange(p.rows.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  return (
    <Stack gap={6} data-testid={p.testId}>
      {p.rows.map((r, i) => (
        <Group key={r.key} gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            aria-label={`${p.labels.name} ${i + 1}`}
            placeholder={p.labels.name}
            value={r.name}
            onChange={(e) => update(r.key, 'name', e.currentTarget.value)}
            onBlur={p.onBlur}
            error={p.unnamedRowKeys.includes(r.key) ? p.labels.nameRequired : undefined}
            disabled={p.isReadOnly}
            style={{ flex: 1 }}
            data-testid={`${p.testId}-name`}
          />
          <Autocomplete
            aria-label={`${p.labels.role} ${i + 1}`}
            placeholder={p.labels.role}
            value={r.role}
            data={[...p.roleSuggestions]}
            onChange={(v) => update(r.key, 'role', v)}
            onBlur={p.onBlur}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && i === p.rows.length - 1 && !e.nativeEvent.isComposing) p.onAdd();
            }}
            disabled={p.isReadOnly}
            style={{ flex: 1 }}
            data-testid={`${p.testId}-role`}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={4}
            aria-label={p.labels.remove}
            disabled={p.isReadOnly}
            onClick={() => p.onChange(p.rows.filter((x) => x.key !== r.key))}
          >
            <IconX size={16} />
          </ActionIcon>
        </Group>
      ))}
      {!p.isReadOnly && (
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={p.onAdd}
            data-testid={`${p.testId}-add`}
          >
            {p.labels.add}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
