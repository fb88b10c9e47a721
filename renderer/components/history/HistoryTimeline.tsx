import { Badge, Button, Group, Stack, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import { DiffTable } from '../review/DiffTable';
import type { HistoryEntryView, HistoryLabels } from './historyEntryView';

type Props = { entries: readonly HistoryEntryView[]; labels: HistoryLabels };

/** A record's versions as a timeline: who, when (server and device time), which device, fields from → to. */
export function HistoryTimeline({ entries, labels }: Props) {
  return (
    <Timeline bulletSize={26} lineWidth={2} data-testid="history-timeline">
      {entries.map((entry) => (
        <Timeline.Item
          key={entry.key}
          bullet={
            <Text size="xs" fw={700}>
              {entry.version}
            </Text>
          }
          color={entry.isNotable ? 'orange' : 'indigo'}
          title={
            <Group gap="xs">
              <Text fw={600}>{entry.heading}</Text>
              <Badge variant="light" color={entry.isNotable ? 'orange' : 'indigo'}>
                {entry.action}
              </Badge>
              <Text fw={600} data-testid="history-author">
                {entry.author}
              </Text>
            </Group>
          }
          data-testid="history-entry"
          data-version={entry.version}
        >
          <EntryBody entry={entry} labels={labels} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function EntryBody({ entry, labels }: { entry: HistoryEntryView; labels: HistoryLabels }) {
  const [isOpen, setOpen] = useState(false);
  const showsChanges = !entry.isCreation || isOpen;
  return (
    <Stack gap={6} mt={4}>
      <Text size="sm" c="dimmed">
        {labels.serverTime}
        {labels.colon}
        <span data-testid="history-server-time">{entry.serverTime}</span>
        {entry.deviceTime !== null && ` · ${labels.deviceTime}${labels.colon}${entry.deviceTime}`}
        {entry.device !== null && ` · ${labels.device}${labels.colon}${entry.device}`}
      </Text>
      {entry.reason !== null && (
        <Text size="sm" data-testid="history-reason">
          {labels.reason}
          {labels.colon}
          {entry.reason}
        </Text>
      )}
      {entry.deletion !== null && (
        <Text size="sm" c="orange.8">
          {entry.deletion}
        </Text>
      )}
      {entry.isCreation && entry.changesSummary !== null && (
        <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setOpen((o) => !o)}>
          {entry.changesSummary}
        </Button>
      )}
      {!entry.isCreation && entry.changes.length === 0 && entry.changesSummary !== null && (
        <Text size="sm" c="dimmed">
          {entry.changesSummary}
        </Text>
      )}
      {showsChanges && entry.changes.length > 0 && (
        <DiffTable
          rows={entry.changes}
          labels={{ field: labels.field, before: labels.from, after: labels.to, none: '' }}
          testId="history-changes"
        />
      )}
      <Text size="xs" c="dimmed" ff="monospace" title={entry.hash}>
        {labels.hash}
        {labels.colon}
        {entry.hash.slice(0, 16)}…
      </Text>
    </Stack>
  );
}
