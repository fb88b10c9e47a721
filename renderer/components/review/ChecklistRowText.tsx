import { Text } from '@mantine/core';
import type { ChecklistRow } from './ChecklistCard';

/** A checklist item's label, then what it is about (the items or photos that fail it), dimmed. */
export function ChecklistRowText({ row }: { row: Pick<ChecklistRow, 'label' | 'detail'> }) {
  return (
    <>
      {row.label}
      {row.detail && (
        <Text span size="xs" c="dimmed" ml={6}>
          {row.detail}
        </Text>
      )}
    </>
  );
}
