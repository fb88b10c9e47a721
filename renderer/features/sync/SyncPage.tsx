import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLocaleStore } from '../../app/i18n/localeStore';
import { useT } from '../../app/i18n/useT';
import { useFieldName } from '../../app/i18n/useFieldName';
import { useServices } from '../../app/services/servicesContext';
import { useSignedInUser } from '../../app/session/useSignedInUser';
import { useAttentionText } from '../../app/shell/useAttentionText';
import { formatAuditTime } from '../history/formatAuditTime';
import { ConflictList } from './ConflictList';
import { useSyncStore } from '../../sync/syncStore';
import { useRecordLabel } from './useRecordLabel';
import { useSyncOverview } from './useSyncOverview';

/**
 * What is waiting to go to the court server — one row per record, however many saves it took, named as
 * people know it — what the server refused and why, and open conflicts.
 */
export function SyncPage() {
  const t = useT();
  const { sync } = useServices();
  const locale = useLocaleStore((s) => s.locale);
  const fieldName = useFieldName();
  const recordLabel = useRecordLabel();
  const fieldList = (fields: readonly string[]) => fields.map(fieldName).join(t('sync.fieldSeparator'));
  const changesText = (r: { isNew: boolean; fields: readonly string[] }) =>
    r.isNew && r.fields.length > 0
      ? t('sync.newThenChanged', { fields: fieldList(r.fields) })
      : r.isNew
        ? t('sync.newRecord')
        : t('sync.changedFields', { fields: fieldList(r.fields) });
  const { mine, otherOfficersRecords, refused, conflicts } = useSyncOverview();
  const { status, lastSyncedAt } = useSyncStore();
  const attention = useAttentionText();
  const signedIn = useSignedInUser();
  // Until a run that started after the click has finished: the officer sees the request is being answered.
  const [isAwaiting, setIsAwaiting] = useState(false);
  const syncNow = async () => {
    setIsAwaiting(true);
    try {
      await sync.syncNow();
    } finally {
      setIsAwaiting(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h3">
          {t('sync.title')}
        </Title>
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
      {/* Nobody signed in (offline or not): say so and lead on to signing in. */}
      {(status === 'signedOut' || signedIn === null) && (
        <Alert color="blue" variant="light">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('sync.notConnected')}</Text>
            {/* The header's 未连接服务器 pill leads here: the way on to signing in must be on this page. */}
            <Button component={Link} to="/settings" size="xs" data-testid="sync-connect">
              {t('sync.connect')}
            </Button>
          </Stack>
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
              <Table.Th>{t('sync.col.record')}</Table.Th>
              <Table.Th>{t('sync.col.changes')}</Table.Th>
              <Table.Th>{t('sync.col.time')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mine.map((r) => (
              <Table.Tr key={`${r.entity}:${r.entityId}`} data-testid="pending-row">
                <Table.Td>{recordLabel(r)}</Table.Td>
                <Table.Td>
                  {changesText(r)}
                  {r.entries > 1 && (
                    <Text span size="xs" c="dimmed" ml="xs">
                      {t('sync.saves', { count: r.entries })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatAuditTime(r.lastSavedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {otherOfficersRecords > 0 && (
        <Text c="dimmed">{t('sync.otherOfficers', { count: otherOfficersRecords })}</Text>
      )}
      {refused.length > 0 && (
        <>
          <Title order={5}>{t('sync.rejected', { count: refused.length })}</Title>
          <Table striped data-testid="rejected-table">
            <Table.Tbody>
              {refused.map((m) => (
                <Table.Tr key={`${m.deviceId}:${m.clientSeq}`} data-testid="rejected-row">
                  <Table.Td>{recordLabel(m)}</Table.Td>
                  <Table.Td>{fieldList(m.fields)}</Table.Td>
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
