import { Badge, Button, Table, Text } from '@mantine/core';
import type { Asset } from '../../../shared/assets/asset';
import { formatYuan } from '../../../shared/domain/money';
import type { LedgerRow } from './ledgerRows';
import type { LedgerText } from './useLedgerText';

type Props = {
  rows: readonly LedgerRow[];
  text: LedgerText;
  onRenew: (asset: Asset) => void;
};

const REMINDER_COLOR = {
  due: 'orange',
  lapsed: 'red',
  queued: 'blue',
  undated: 'gray',
  none: 'teal',
} as const;

/** The case's ledger, one asset a line: class, owner, value, measure, start, end and the term's state. */
export function LedgerTable({ rows, text, onRenew }: Props) {
  const { t } = text;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing={4} fz="sm" data-testid="ledger-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ledger.col.class')}</Table.Th>
            <Table.Th>{t('ledger.col.asset')}</Table.Th>
            <Table.Th>{t('ledger.col.owner')}</Table.Th>
            <Table.Th ta="right">{t('ledger.col.value')}</Table.Th>
            <Table.Th>{t('ledger.col.measure')}</Table.Th>
            <Table.Th>{t('ledger.col.start')}</Table.Th>
            <Table.Th>{t('ledger.col.expiry')}</Table.Th>
            <Table.Th>{t('ledger.col.reminder')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ asset, status }) => {
            const label = text.title(asset);
            const isRenewable = status.reminder.kind !== 'lapsed' && status.term.status === 'dated';
            return (
              <Table.Tr key={asset.id} data-testid="ledger-row" data-reminder={status.reminder.kind}>
                <Table.Td>{text.className(asset)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {label.title}
                  </Text>
                  {label.detail !== '' && (
                    <Text size="xs" c="dimmed">
                      {label.detail}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{text.ownerName(asset)}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {asset.valuation === null ? '' : formatYuan(asset.valuation.valueFen)}
                </Table.Td>
                <Table.Td>{text.measureName(asset)}</Table.Td>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {asset.measure.startDate ?? ''}
                </Table.Td>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{status.lastDay ?? ''}</Table.Td>
                <Table.Td>
                  {asset.measure.kind !== 'none' && (
                    <Badge
                      variant="light"
                      color={REMINDER_COLOR[status.reminder.kind]}
                      style={{ textTransform: 'none' }}
                      data-testid="ledger-reminder"
                    >
                      {text.reminderLabel(status.reminder, status.term.status === 'dated')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {isRenewable && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => onRenew(asset)}
                      data-testid="ledger-renew"
                    >
                      {text.renewLabel(asset)}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
