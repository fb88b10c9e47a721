import { Group, Text } from '@mantine/core';
import { IconMessageExclamation } from '@tabler/icons-react';

/** A team lead's comment shown beside the field it points at. */
export function FieldCommentNote({ texts }: { texts: readonly string[] | undefined }) {
  if (!texts || texts.length === 0) return null;
  return (
    <>
      {texts.map((text, i) => (
        <Group key={i} gap={4} wrap="nowrap" align="flex-start" data-testid="field-comment">
          <IconMessageExclamation size={16} color="var(--mantine-color-orange-7)" style={{ flexShrink: 0 }} />
          <Text size="sm" c="orange.8">
            {text}
          </Text>
        </Group>
      ))}
    </>
  );
}
