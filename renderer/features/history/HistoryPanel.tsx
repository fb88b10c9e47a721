import { ActionIcon, Alert, Button, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconCloudOff, IconDownload, IconPrinter, IconRefresh, IconShieldCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { SyncedEntity } from '../../../shared/sync/mutation';
import { useT } from '../../app/i18n/useT';
import { HistoryTimeline } from '../../components/history/HistoryTimeline';
import { ConflictHistoryList } from '../../components/history/ConflictHistoryList';
import { useCaseHistoryExport } from './useCaseHistoryExport';
import { useConflictHistoryViews } from './useConflictHistoryViews';
import { useChainVerification } from './useChainVerification';
import { useHistoryEntryViews } from './useHistoryEntryViews';
import { useHistoryFailureText } from './useHistoryFailureText';
import { useHistoryLabels } from './useHistoryLabels';
import { useRecordHistory } from './useRecordHistory';
import { VerificationPanel } from './VerificationPanel';

type Props = { entity: SyncedEntity; entityId: string };

/**
 * The history of one record as the court server keeps it: every version newest first (who, server and
 * device time, device, fields from → to), a check of its hash chain and, for a case, the export of the
 * whole case's history as JSON or as a printable page. Needs the court server: offline or in the demo
 * court it says so instead.
 */
export function HistoryPanel({ entity, entityId }: Props) {
  const t = useT();
  const { load, reload } = useRecordHistory(entity, entityId);
  const verification = useChainVerification(entity, entityId);
  const exporter = useCaseHistoryExport(entityId);
  const toViews = useHistoryEntryViews();
  const failureText = useHistoryFailureText();
  const labels = useHistoryLabels();
  const conflictViews = useConflictHistoryViews();

  if (load.kind === 'loading') {
    return (
      <Group gap="xs" data-testid="history-panel" data-state="loading">
        <Loader size="sm" />
        <Text size="sm">{t('history.loading')}</Text>
      </Group>
    );
  }
  if (load.kind !== 'ready') {
    return (
      <Alert
        color={load.kind === 'failed' ? 'red' : 'gray'}
        icon={<IconCloudOff size={18} />}
        data-testid="history-panel"
        data-state={load.kind}
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm" data-testid="history-unavailable">
            {failureText(load)}
          </Text>
          {load.kind !== 'signedOut' && (
            <Button size="xs" variant="default" onClick={reload}>
              {t('history.retry')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }

  const history = load.value;
  return (
    <Stack gap="sm" data-testid="history-panel" data-state="ready">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('history.versionCount', { n: history.versions.length })}
        </Text>
        <Group gap="xs">
          <Button
            leftSection={<IconShieldCheck size={16} />}
            onClick={() => void verification.verify()}
            loading={verification.state.kind === 'checking'}
            data-testid="history-verify"
          >
            {t('history.verify')}
          </Button>
          {entity === 'case' && (
            <>
              <Button
                variant="default"
                leftSection={<IconDownload size={16} />}
                onClick={() => void exporter.exportJson()}
                loading={exporter.isExporting}
                data-testid="history-export"
              >
                {t('history.export')}
              </Button>
              <Button
                variant="default"
                component={Link}
                to={`/cases/${encodeURIComponent(entityId)}/history/print`}
                leftSection={<IconPrinter size={16} />}
                data-testid="history-print"
              >
                {t('history.print')}
              </Button>
            </>
          )}
          <Tooltip label={t('history.refresh')}>
            <ActionIcon variant="default" size="lg" aria-label={t('history.refresh')} onClick={reload}>
              <IconRefresh size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <VerificationPanel state={verification.state} />
      <ConflictHistoryList
        title={t('history.conflicts.title')}
        items={conflictViews(entity, history.conflicts)}
      />
      {history.versions.length === 0 ? (
        <Text c="dimmed">{t('history.empty')}</Text>
      ) : (
        <HistoryTimeline entries={toViews(entity, history.versions, 'newestFirst')} labels={labels} />
      )}
    </Stack>
  );
}
