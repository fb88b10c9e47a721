import { Anchor, Button, Group, Loader, Text } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import type { ChainCheck } from '../../../shared/history/chainCheck';
import { useT } from '../../app/i18n/useT';
import { HistorySheet } from '../../components/history/HistorySheet';
import classes from './CaseHistoryPrintPage.module.css';
import { formatAuditTime } from './formatAuditTime';
import { useHistoryEntryViews } from './useHistoryEntryViews';
import { useHistoryFailureText } from './useHistoryFailureText';
import { useHistoryRequest } from './useHistoryRequest';
import { useRecordTitle } from './useRecordTitle';

/**
 * The printable history of a case and every record inside it, from the court server's export (each
 * record's chain verified at that moment). Outside the app frame, like the printed visit record, so the
 * paper carries the history alone.
 */
export function CaseHistoryPrintPage() {
  const { caseId = '' } = useParams();
  const t = useT();
  const { load } = useHistoryRequest(`export/${caseId}`, (client) => client.caseExport(caseId));
  const toViews = useHistoryEntryViews();
  const recordTitle = useRecordTitle();
  const failureText = useHistoryFailureText();
  const verdict = (check: ChainCheck) =>
    check.isIntact
      ? t('history.intact', { n: check.versions })
      : t('history.broken', { version: check.brokenAtVersion });

  return (
    <main className={classes.page}>
      <Group className={classes.toolbar} justify="space-between">
        <Anchor component={Link} to={`/cases/${encodeURIComponent(caseId)}`} size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            {t('history.print.back')}
          </Group>
        </Anchor>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t('history.print.hint')}
          </Text>
          <Button
            leftSection={<IconPrinter size={16} />}
            onClick={() => window.print()}
            disabled={load.kind !== 'ready'}
            data-testid="print-button"
          >
            {t('history.print.button')}
          </Button>
        </Group>
      </Group>
      {load.kind === 'loading' ? (
        <Loader />
      ) : load.kind !== 'ready' ? (
        <Text ta="center" data-testid="history-unavailable">
          {failureText(load)}
        </Text>
      ) : (
        <HistorySheet
          title={t('history.print.title')}
          caseNumber={load.value.caseNumber}
          meta={[
            t('history.print.exportedAt', { time: formatAuditTime(load.value.exportedAt) }),
            t('history.print.exportedBy', { name: load.value.exportedBy.name }),
          ]}
          summary={{
            isIntact: load.value.isIntact,
            text: load.value.isIntact
              ? t('history.print.allIntact', { n: load.value.records.length })
              : t('history.print.someBroken'),
          }}
          records={load.value.records.map((record) => ({
            key: `${record.entity}/${record.entityId}`,
            title: recordTitle(record.entity, record.entityId, record.versions),
            verification: { isIntact: record.verification.isIntact, text: verdict(record.verification) },
            entries: toViews(record.entity, record.versions, 'oldestFirst'),
          }))}
          footer={t('history.print.footer')}
          labels={{
            version: t('history.col.version'),
            time: t('history.col.time'),
            author: t('history.col.author'),
            changes: t('history.col.changes'),
            serverTime: t('history.serverTime'),
            deviceTime: t('history.deviceTime'),
            colon: t('punct.colon'),
          }}
        />
      )}
    </main>
  );
}
