import { Badge, Group, List, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { ChecklistRowText } from './ChecklistRowText';

export type ChecklistRow = { key: string; label: string; isMet: boolean; detail: string };

type Props = { title: string; summary: string; isAllMet: boolean; rows: readonly ChecklistRow[] };

/** The legal-sufficiency checklist, evaluated: each check met or not, with what fails it. */
export function ChecklistCard({ title, summary, isAllMet, rows }: Props) {
  return (
    <Paper withBorder p="sm" data-testid="review-checklist">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{title}</Text>
        <Badge color={isAllMet ? 'teal' : 'orange'} variant="light" data-testid="checklist-summary">
          {summary}
        </Badge>
      </Group>
      <List spacing={6} size="sm" center>
        {rows.map((row) => (
          <List.Item
            key={row.key}
            data-testid={`check-${row.key}`}
            data-met={row.isMet}
            icon={
              <ThemeIcon color={row.isMet ? 'teal' : 'red'} size={20} radius="xl">
                {row.isMet ? <IconCheck size={13} /> : <IconX size={13} />}
              </ThemeIcon>
            }
          >
            <ChecklistRowText row={row} />
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
