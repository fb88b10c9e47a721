import { Anchor, Button, Group, Loader, Text } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n/useT';
import classes from './PrintedRecord.module.css';
import { PrintedRecord } from './PrintedRecord';
import { useVisitRecord } from './useVisitRecord';

/**
 * The printable on-site record, outside the app frame so the paper carries the record alone. Printing uses
 * the browser's print dialog (which also saves a PDF).
 */
// TODO(#3): a "Save as PDF" button in the desktop shell through a `print:toPdf` IPC (webContents.printToPDF).
export function VisitPrintPage() {
  const { visitId = '' } = useParams();
  const t = useT();
  const record = useVisitRecord(visitId);
  const ready = record.visit && record.case;
  return (
    <div className={classes.page}>
      <Group className={classes.toolbar} justify="space-between">
        <Anchor component={Link} to={`/visits/${visitId}`} size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            {t('visits.print.back')}
          </Group>
        </Anchor>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t('visits.print.hint')}
          </Text>
          <Button
            leftSection={<IconPrinter size={16} />}
            onClick={() => window.print()}
            disabled={!ready}
            data-testid="print-button"
          >
            {t('visits.print.button')}
          </Button>
        </Group>
      </Group>
      {record.visit === undefined || (record.visit !== null && record.case === undefined) ? (
        <Loader />
      ) : !record.visit || !record.case ? (
        <Text ta="center">{t('visits.notFound')}</Text>
      ) : (
        <PrintedRecord
          visit={record.visit}
          caseRecord={record.case}
          incidents={record.incidents}
          attachments={record.attachments}
          assets={record.assets}
        />
      )}
    </div>
  );
}
