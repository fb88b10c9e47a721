import { Badge, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';

export type LeastHarmItem = {
  id: string;
  title: string;
  detail: string;
  value: string | null;
  reasons: string[];
  /** Where the item is in this visit's grid, or null when it is elsewhere in the case ledger. */
  rowIndex: number | null;
};

type Props = {
  title: string;
  hint: string;
  empty: string;
  items: readonly LeastHarmItem[];
  onPick: (rowIndex: number) => void;
};

/** Rule 1 as a suggestion: the assets to take first, least harm to production and easiest to dispose of. */
export function LeastHarmList({ title, hint, empty, items, onPick }: Props) {
  return (
    <Stack gap={6} data-testid="least-harm-list" w={380}>
      <Text fw={600} size="sm">
        {title}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={360}>
          <Stack gap={4}>
            {items.map((item, i) => (
              <UnstyledButton
                key={item.id}
                disabled={item.rowIndex === null}
                onClick={() => item.rowIndex !== null && onPick(item.rowIndex)}
                data-testid="least-harm-item"
                p={6}
                style={{ borderRadius: 4, border: '1px solid var(--mantine-color-gray-2)' }}
              >
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" fw={500} truncate>
                    {i + 1}. {item.title}
                  </Text>
                  {item.value !== null && (
                    <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {item.value}
                    </Text>
                  )}
                </Group>
                <Text size="xs" c="dimmed" truncate>
                  {item.detail}
                </Text>
                <Group gap={4} mt={2}>
                  {item.reasons.map((r) => (
                    <Badge key={r} size="xs" variant="light" color="gray" style={{ textTransform: 'none' }}>
                      {r}
                    </Badge>
                  ))}
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
