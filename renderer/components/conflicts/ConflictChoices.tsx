import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { ConflictSideCard, type ConflictSideView } from './ConflictSideCard';

export type ConflictChoiceKind = 'mine' | 'theirs' | 'edited';

const KINDS: readonly ConflictChoiceKind[] = ['mine', 'theirs', 'edited'];

type Props = {
  sides: { base: ConflictSideView; mine: ConflictSideView; theirs: ConflictSideView };
  labels: { legend: string; mine: string; theirs: string; edited: string; editedHint: string };
  /** Null: nothing chosen yet. */
  value: ConflictChoiceKind | null;
  onChange: (kind: ConflictChoiceKind) => void;
  /** False for a decision that has no edited value (a deletion against an edit). */
  isEditable: boolean;
  error?: string;
};

/**
 * Base / mine / theirs side by side as one radio group: keep one side or enter a new value. Arrow keys move
 * between the choices, as in any radio group. The base is shown for reference and cannot be chosen.
 */
export function ConflictChoices({ sides, labels, value, onChange, isEditable, error }: Props) {
  return (
    <Radio.Group
      name="conflict-choice"
      label={labels.legend}
      value={value}
      onChange={(v) => {
        const kind = KINDS.find((k) => k === v);
        if (kind) onChange(kind);
      }}
      error={error}
    >
      <Stack gap="sm" mt="xs">
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <ConflictSideCard side={sides.base} testId="conflict-base" />
          <ConflictSideCard
            side={sides.mine}
            choice="mine"
            choiceLabel={labels.mine}
            testId="conflict-choose-mine"
          />
          <ConflictSideCard
            side={sides.theirs}
            choice="theirs"
            choiceLabel={labels.theirs}
            testId="conflict-choose-theirs"
          />
        </SimpleGrid>
        {isEditable && (
          <Radio.Card value="edited" p="md" radius="md" data-testid="conflict-choose-edited">
            <Group wrap="nowrap" gap="sm">
              <Radio.Indicator />
              <div>
                <Text fw={600} size="sm">
                  {labels.edited}
                </Text>
                <Text size="xs" c="dimmed">
                  {labels.editedHint}
                </Text>
              </div>
            </Group>
          </Radio.Card>
        )}
      </Stack>
    </Radio.Group>
  );
}
