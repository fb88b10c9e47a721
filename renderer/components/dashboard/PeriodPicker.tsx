import { ActionIcon, Group, SegmentedControl, Select } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { PeriodKind } from '../../../shared/reports/reportPeriod';

type Option<V extends string> = { value: V; label: string };

type Props = {
  kind: PeriodKind;
  kinds: readonly Option<PeriodKind>[];
  periodKey: string;
  /** Newest first. */
  periods: readonly Option<string>[];
  onKindChange: (kind: PeriodKind) => void;
  onPeriodChange: (key: string) => void;
  labels: { kind: string; period: string; previous: string; next: string };
};

/**
 * Period length (a radio group: arrow keys move between month, quarter, half-year and year) and the period
 * itself (a select that opens with the arrow keys and filters as one types), with buttons for the period
 * before and after.
 */
export function PeriodPicker({
  kind,
  kinds,
  periodKey,
  periods,
  onKindChange,
  onPeriodChange,
  labels,
}: Props) {
  const at = periods.findIndex((p) => p.value === periodKey);
  const older = at >= 0 ? periods[at + 1] : undefined;
  const newer = at > 0 ? periods[at - 1] : undefined;
  return (
    <Group gap="sm" wrap="wrap" align="center">
      <SegmentedControl
        aria-label={labels.kind}
        data-testid="period-kind"
        value={kind}
        onChange={(v) => {
          const next = kinds.find((k) => k.value === v);
          if (next) onKindChange(next.value);
        }}
        data={kinds.map((k) => ({ value: k.value, label: k.label }))}
      />
      <Group gap={4} wrap="nowrap">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={labels.previous}
          title={labels.previous}
          disabled={!older}
          onClick={() => older && onPeriodChange(older.value)}
          data-testid="period-previous"
        >
          <IconChevronLeft size={18} />
        </ActionIcon>
        <Select
          aria-label={labels.period}
          data-testid="period-select"
          w={190}
          value={periodKey}
          data={periods.map((p) => ({ value: p.value, label: p.label }))}
          onChange={(v) => v && onPeriodChange(v)}
          allowDeselect={false}
          searchable
          maxDropdownHeight={320}
          comboboxProps={{ withinPortal: true }}
        />
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={labels.next}
          title={labels.next}
          disabled={!newer}
          onClick={() => newer && onPeriodChange(newer.value)}
          data-testid="period-next"
        >
          <IconChevronRight size={18} />
        </ActionIcon>
      </Group>
    </Group>
  );
}
