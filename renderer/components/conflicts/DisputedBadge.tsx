import { Badge, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

type Props = {
  label: string;
  /** Which fields are disputed, worded; shown on hover and focus and read by screen readers. */
  detail: string;
  size?: 'xs' | 'sm' | 'md' | 'lg';
  testId?: string;
};

/** Marks a record with open conflicts: two values are kept and a team lead has not decided yet. */
export function DisputedBadge({ label, detail, size = 'md', testId = 'disputed-badge' }: Props) {
  return (
    <Tooltip label={detail} withArrow multiline maw={360}>
      <Badge
        color="orange"
        variant="filled"
        size={size}
        leftSection={<IconAlertTriangle size={12} />}
        aria-label={`${label} · ${detail}`}
        tabIndex={0}
        data-testid={testId}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
