import { DonutChart } from '@mantine/charts';
import { ColorSwatch, Group, Stack, Text } from '@mantine/core';

export type ClosingModeSlice = { key: string; label: string; count: number; color: string };

type Props = {
  slices: readonly ClosingModeSlice[];
  /** In the middle of the ring: how many closed in all. */
  centreLabel: string;
};

/** How the period's cases closed (终本, full performance, settlement, termination), as a ring and a list. */
export function ClosingModeChart({ slices, centreLabel }: Props) {
  const drawn = slices.filter((s) => s.count > 0);
  return (
    <Group gap="xl" wrap="nowrap" align="center" justify="center">
      <DonutChart
        size={180}
        thickness={28}
        data={drawn.map((s) => ({ name: s.label, value: s.count, color: s.color }))}
        chartLabel={centreLabel}
        withTooltip
        tooltipDataSource="segment"
      />
      <Stack gap={6}>
        {slices.map((s) => (
          <Group key={s.key} gap="xs" wrap="nowrap" data-testid={`closing-mode-${s.key}`}>
            <ColorSwatch color={`var(--mantine-color-${s.color.replace('.', '-')})`} size={12} />
            <Text size="sm">{s.label}</Text>
            <Text size="sm" fw={600} ff="monospace">
              {s.count}
            </Text>
          </Group>
        ))}
      </Stack>
    </Group>
  );
}
