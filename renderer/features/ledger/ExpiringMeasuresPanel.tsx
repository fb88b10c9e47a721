import { Alert, Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Asset } from '../../../shared/assets/asset';
import { RenewalDialog } from './RenewalDialog';
import { useExpiringMeasures } from './useExpiringMeasures';
import { useLedgerText } from './useLedgerText';

type Props = {
  today: string;
  /** `mine`: the officer's compact panel above the case list; `team`: the lead's list on the review queue. */
  scope: 'mine' | 'team';
  /** Show the panel even when nothing is expiring (the lead's list says so); the officer's hides. */
  isAlwaysShown?: boolean;
};

/**
 * The legal calendar's reminders (30 / 15 / 7 days before a measure's last day, and lapsed measures): each
 * with its case, the asset, its last day and the days left, and renewal 续封 / 续冻 in one step. After a
 * renewal the live list no longer finds the measure due, so its line goes.
 */
export function ExpiringMeasuresPanel({ today, scope, isAlwaysShown = false }: Props) {
  const text = useLedgerText();
  const { t } = text;
  const entries = useExpiringMeasures(today);
  const [renewing, setRenewing] = useState<Asset | null>(null);
  if (entries === undefined || (entries.length === 0 && !isAlwaysShown)) return null;
  const hasLapsed = entries.some((e) => e.reminder.kind === 'lapsed');
  return (
    <Alert
      variant="light"
      color={entries.length === 0 ? 'gray' : hasLapsed ? 'red' : 'orange'}
      icon={<IconAlarm size={18} />}
      p="xs"
      data-testid={`expiring-measures-${scope}`}
      title={
        <Group gap="xs">
          <Text fw={700} size="sm" component="span">
            {t('ledger.expiring.title')}
          </Text>
          <Badge size="sm" variant="filled" color={hasLapsed ? 'red' : 'orange'} data-testid="expiring-count">
            {t('ledger.expiring.count', { count: entries.length })}
          </Badge>
        </Group>
      }
    >
      <Text size="xs" c="dimmed" mb={4}>
        {entries.length === 0
          ? t('ledger.expiring.none')
          : t(scope === 'mine' ? 'ledger.expiring.mineHint' : 'ledger.expiring.teamHint')}
      </Text>
      {entries.length > 0 && (
        <Table verticalSpacing={2} fz="sm" withRowBorders={false}>
          <Table.Tbody>
            {entries.map((e) => {
              const label = text.title(e.asset);
              return (
                <Table.Tr key={e.asset.id} data-testid="expiring-measure" data-reminder={e.reminder.kind}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component={Link} to={`/cases/${e.asset.caseId}`} size="sm">
                      {e.case?.caseNumber ?? e.asset.caseId}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {label.title}
                    <Text span size="xs" c="dimmed">
                      {' · '}
                      {text.className(e.asset)} · {text.measureName(e.asset)}
                    </Text>
                  </Table.Td>
                  {scope === 'team' && (
                    <Table.Td>
                      <Text size="xs">{e.case?.officers.map((o) => o.name).join(t('punct.list')) ?? ''}</Text>
                    </Table.Td>
                  )}
                  <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    {t('ledger.col.expiry')}
                    {t('punct.colon')}
                    {e.reminder.lastDay}
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={e.reminder.kind === 'lapsed' ? 'red' : 'orange'}
                      style={{ textTransform: 'none' }}
                      data-testid="expiring-state"
                    >
                      {text.reminderLabel(e.reminder, true)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    {e.reminder.kind === 'due' && (
                      <Button
                        size="compact-xs"
                        onClick={() => setRenewing(e.asset)}
                        data-testid="expiring-renew"
                      >
                        {text.renewLabel(e.asset)}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <RenewalDialog asset={renewing} today={today} text={text} onClose={() => setRenewing(null)} />
    </Alert>
  );
}
