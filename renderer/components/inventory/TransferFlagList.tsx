import { Alert, List, Text } from '@mantine/core';

type Props = {
  title: string;
  hint: string;
  items: readonly { id: string; text: string }[];
};

/** Machines recorded before and missing now: possible concealment or transfer of assets (rule 8). */
export function TransferFlagList({ title, hint, items }: Props) {
  if (items.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={title} data-testid="inventory-transfer-flags">
      <Text size="xs" mb={4}>
        {hint}
      </Text>
      <List size="sm" spacing={2}>
        {items.map((item) => (
          <List.Item key={item.id} data-testid="inventory-transfer-flag">
            {item.text}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
