import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useLocaleStore } from '../../app/i18n/localeStore';
import { useT } from '../../app/i18n/useT';
import { useAttentionText } from '../../app/shell/useAttentionText';
import { ConflictList } from './ConflictList';
import { syncEngine } from '../../sync/syncEngineInstance';
import { useSyncStore } from '../../sync/syncStore';
import { useFieldName } from './useFieldName';
import { useSyncOverview } from './useSyncOverview';

/** What is waiting to go to the court server, what it refused and why, and open conflicts. */
export function SyncPage() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const fieldName = useFieldName();
  const { mine, others, rejected, conflicts } = useSyncOverview();
  const { status, lastSyncedAt } = useSyncStore();
  const attention = useAttentionText();
  // Until a run that started after the click has finished: the officer sees the request is being answered.
  const [isAwaiting, setIsAwaiting] = useState(false);
  const syncNow = async () => {
    const engine = syncEngine();
    if (!engine) return;
    setIsAwaiting(true);
    try {
      await engine.syncNow();
    } finally {
      setIsAwaiting(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t('sync.title')}</Title>
        <Group>
          {lastSyncedAt && (
            <Text size="sm" c="dimmed">
              {t('sync.lastSynced', { time: new Date(lastSyncedAt).toLocaleString() })}
            </Text>
          )}
          <Button
            variant="default"
            disabled={status === 'signedOut'}
            loading={isAwaiting}
            onClick={() => void syncNow()}
            data-testid="sync-now"
            data-state={isAwaiting ? 'running' : 'idle'}
          >
            {t('sync.now')}
          </Button>
        </Group>
      </Group>
      {status === 'signedOut' && (
        <Alert color="blue" variant="light">
          {t('sync.notConnected')}
        </Alert>
      )}
      {attention && (
        <Alert color="orange" variant="light" data-testid="sync-attention">
          {attention}
        </Alert>
      )}
      <Title order={5} data-testid="pending-count">
        {t('sync.pending', { count: mine.length })}
      </Title>
      {mine.length === 0 ? (
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
            {mine.map((m) => (
              <Table.Tr key={`${m.deviceId}:${m.clientSeq}`} data-testid="pending-row">
                <Table.Td>{m.clientSeq}</Table.Td>
                <Table.Td>{new Date(m.deviceTime).toLocaleString()}</Table.Td>
                <Table.Td>{t(`entity.${m.entity}`)}</Table.Td>
                <Table.Td>{Object.keys(m.changes).map(fieldName).join('、')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {others.length > 0 && <Text c="dimmed">{t('sync.otherOfficers', { count: others.length })}</Text>}
      {rejected.length > 0 && (
        <>
          <Title order={5}>{t('sync.rejected', { count: rejected.length })}</Title>
          <Table striped data-testid="rejected-table">
            <Table.Tbody>
              {rejected.map((m) => (
                <Table.Tr key={`${m.deviceId}:${m.clientSeq}`} data-testid="rejected-row">
                  <Table.Td>{m.clientSeq}</Table.Td>
                  <Table.Td>{Object.keys(m.changes).map(fieldName).join('、')}</Table.Td>
                  <Table.Td>{m.rejection ? m.rejection.message[locale] : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      {conflicts.length > 0 && (
        <>
          <Title order={5}>{t('sync.conflicts', { count: conflicts.length })}</Title>
          <ConflictList conflicts={conflicts} isRecordShown />
        </>
      )}
    </Stack>
  );
}
