import { Anchor, Button, Group, Loader, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import classes from './PrintedRecord.module.css';
import { PrintedRecord } from './PrintedRecord';
import { useVisitRecord } from './useVisitRecord';

/**
 * The printable on-site record, outside the app frame so the paper carries the record alone. Print uses the
 * browser's print dialog (which can also save a PDF); the desktop shell adds "Save as PDF" (printToPDF).
 */
export function VisitPrintPage() {
  const { visitId = '' } = useParams();
  const t = useT();
  const { platform } = useServices();
  const record = useVisitRecord(visitId);
  const ready = record.visit && record.case;
  const [isSavingPdf, setSavingPdf] = useState(false);

  async function savePdf() {
    if (!platform.printToPdf || !record.case) return;
    setSavingPdf(true);
    try {
      const savedTo = await platform.printToPdf(`${t('visits.print.title')}${record.case.caseNumber}`);
      if (savedTo !== null)
        notifications.show({ color: 'teal', message: t('visits.print.pdfSaved', { path: savedTo }) });
    } catch (error) {
      notifications.show({
        color: 'red',
        autoClose: false,
        message: t('visits.print.pdfFailed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      });
    } finally {
      setSavingPdf(false);
    }
  }
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
          {platform.printToPdf && (
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={16} />}
              onClick={() => void savePdf()}
              loading={isSavingPdf}
              disabled={!ready}
              data-testid="print-pdf"
            >
              {t('visits.print.pdf')}
            </Button>
          )}
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
