import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { useLive } from '../../data/useLive';

/** What is waiting to go to the court server. */
export function SyncPage() {
  const t = useT();
  const { repos } = useServices();
  const pending = useLive(() => repos.outbox.pending(), [repos], []);
  return (
    <Stack>
      <Title order={3}>{t('sync.title')}</Title>
      <Alert color="blue" variant="light">
        {t('sync.notConnected')}
      </Alert>
      <Title order={5} data-testid="pending-count">
        {t('sync.pending', { count: pending.length })}
      </Title>
      {pending.length === 0 ? (
        <Text c="dimmed">{t('sync.none')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sync.col.seq')}</Table.Th>
              <Table.Th>{t('sync.col.time')}</Table.Th>
              <Table.Th>{t('sync.col.entity')}</Table.Th>
              <Table.Th>{t('sync.col.fields')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pending.map((m) => (
              <Table.Tr key={m.clientSeq} data-testid="pending-row">
                <Table.Td>{m.clientSeq}</Table.Td>
                <Table.Td>{new Date(m.deviceTime).toLocaleString()}</Table.Td>
                <Table.Td>{t(`entity.${m.entity}`)}</Table.Td>
                <Table.Td>{Object.keys(m.changes).join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
