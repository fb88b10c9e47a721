import { Group, Paper, Progress, Text } from '@mantine/core';

type Props = {
  level: 'ok' | 'approaching' | 'exceeded';
  /** 0–100, how full the bar is (capped at 100 when the claim is exceeded). */
  percent: number;
  title: string;
  /** "value under measure / outstanding claim", formatted. */
  figures: string;
  /** The ratio as text, or null when nothing is outstanding. */
  ratio: string | null;
  /** Assets under measure that could not be counted (no price), or null. */
  note: string | null;
};

const COLOR = { ok: 'teal', approaching: 'orange', exceeded: 'red' } as const;

/** The over-seizure meter (rule 3): value under measure against the outstanding claim, for the whole case. */
export function OverSeizureMeterBar({ level, percent, title, figures, ratio, note }: Props) {
  return (
    <Paper withBorder p="xs" data-testid="over-seizure-meter" data-level={level}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <Text size="sm" ta="right" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="meter-figures">
          {figures}
          {ratio !== null && (
            <Text
              span
              fw={700}
              c={level === 'ok' ? undefined : COLOR[level]}
              ml={6}
              data-testid="meter-ratio"
            >
              {ratio}
            </Text>
          )}
        </Text>
      </Group>
      <Progress
        mt={6}
        value={Math.max(0, Math.min(100, percent))}
        color={COLOR[level]}
        size="md"
        aria-label={title}
        striped={level === 'exceeded'}
      />
      {note !== null && (
        <Text size="xs" c="dimmed" mt={4}>
          {note}
        </Text>
      )}
    </Paper>
  );
}
