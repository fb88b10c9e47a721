import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Loader,
  Paper,
  Select,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconPencil, IconPrinter, IconSend } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { overSeizureMeter } from '../../../shared/assets/overSeizureMeter';
import { outstandingFen, type OfficerRef } from '../../../shared/domain/case';
import { INCIDENT_KINDS, type IncidentKind } from '../../../shared/visits/incidentKind';
import type { Visit } from '../../../shared/visits/visit';
import { visitEditMode } from '../../../shared/visits/visitEditMode';
import { useT } from '../../app/i18n/useT';
import { useWriter } from '../../app/session/writerContext';
import { UnmetChecklistDialog } from '../../components/review/UnmetChecklistDialog';
import { SaveStateText } from '../../components/visits/SaveStateText';
import type { Attachment } from '../../../shared/visits/attachment';
import type { VisitPatch } from '../../data/repositories/visitRepository';
import { DisputedMark } from '../conflicts/DisputedMark';
import { HistoryDrawerButton } from '../history/HistoryDrawerButton';
import { AmendVisitModal } from '../review/AmendVisitModal';
import { ReviewFeedback } from '../review/ReviewFeedback';
import { ReviewHistoryList } from '../review/ReviewHistoryList';
import { useVisitReviews } from '../review/useVisitReviews';
import { AttachmentPanel, type LinkChoice } from './AttachmentPanel';
import { describeWriteError } from '../../app/errors/describeWriteError';
import { IncidentCard } from './IncidentCard';
import { InventorySection } from './InventorySection';
import { useAutosave } from './useAutosave';
import { useCodeText } from '../../app/text/useCodeText';
import { useIncidentActions } from './useIncidentActions';
import { useSaveStateText } from './useSaveStateText';
import { useVisitActions } from './useVisitActions';
import { useVisitRecord } from './useVisitRecord';
import { useVisitSubmit } from './useVisitSubmit';
import { VisitLogForm } from './VisitLogForm';
import { VisitStateBadge } from './VisitStateBadge';

const NO_ATTACHMENTS: readonly Attachment[] = [];

/** One site visit: the log, obstruction incidents, photos and the inventory, all autosaved. */
export function VisitPage() {
  const { visitId = '' } = useParams();
  const t = useT();
  const record = useVisitRecord(visitId);
  if (record.visit === undefined || (record.visit && record.case === undefined)) return <Loader />;
  if (record.visit === null || record.case === null || record.case === undefined) {
    return (
      <Stack>
        <Text>{t('visits.notFound')}</Text>
        <Anchor component={Link} to="/visits">
          {t('visits.backToList')}
        </Anchor>
      </Stack>
    );
  }
  return <VisitScreen key={record.visit.id} visit={record.visit} record={{ ...record, case: record.case }} />;
}

type VisitRecord = ReturnType<typeof useVisitRecord> & {
  case: NonNullable<ReturnType<typeof useVisitRecord>['case']>;
};

function VisitScreen({ visit, record }: { visit: Visit; record: VisitRecord }) {
  const t = useT();
  const codeText = useCodeText();
  const visitActions = useVisitActions();
  const incidentActions = useIncidentActions();
  const { officer } = useWriter();
  const [isAmending, setAmending] = useState(false);
  const { reviews, amendments } = useVisitReviews(visit.id);
  // The latest return stays beside the fields until the officer resubmits: it is a synced record, offline too.
  const lastReview = reviews.at(-1);
  const feedback = visit.state === 'returned' && lastReview?.decision === 'returned' ? lastReview : null;
  const fieldComments = useMemo(() => {
    const map: Record<string, string[]> = {};
    for (const c of feedback?.comments ?? []) (map[c.target] ??= []).push(c.text);
    return map;
  }, [feedback]);
  const [newKind, setNewKind] = useState<IncidentKind>('avoidance');
  const { status, queue, flush } = useAutosave<VisitPatch>(
    (patch) => visitActions.save(visit.id, patch),
    (error) => describeWriteError(error, t, codeText),
  );
  const saveText = useSaveStateText(status);
  const submission = useVisitSubmit(visit, flush);
  const c = record.case;
  const mode = visitEditMode(visit.state);
  const isReadOnly = mode !== 'edit';
  const outstanding = outstandingFen(c);
  const meter = useMemo(() => overSeizureMeter(record.assets, outstanding), [record.assets, outstanding]);
  const respondent = c.respondents[0];
  const legalRep =
    respondent?.kind === 'enterprise' ? respondent.legalRepresentative : (respondent?.name ?? '');
  const officerChoices: OfficerRef[] = [
    ...c.officers,
    ...(officer && !c.officers.some((o) => o.userId === officer.userId) ? [officer] : []),
  ];
  // Memoised inputs: the incident cards, photo panels and inventory below re-render only when their own
  // data changes, not on every keystroke or autosave of the visit log.
  const sealedValueFen = meter.valueUnderMeasureFen;
  const caution = useMemo(
    () => ({ sealedValueFen, outstandingFen: outstanding, operatingState: visit.operatingState }),
    [sealedValueFen, outstanding, visit.operatingState],
  );
  const visitMachinery = useMemo(
    () => record.assets.filter((a) => a.visitId === visit.id && a.class === 'machinery'),
    [record.assets, visit.id],
  );
  const incidentLabels = useMemo(
    () =>
      record.incidents.map(
        (inc, i) => `${t('visits.incident.number', { n: i + 1 })} · ${t(`visits.incidentKind.${inc.kind}`)}`,
      ),
    [record.incidents, t],
  );
  const linkChoices = useMemo<LinkChoice[]>(
    () => [
      { entity: 'visit', entityId: visit.id, label: t('visits.photos.link.visit') },
      ...record.incidents.map((inc, i) => ({
        entity: 'incident' as const,
        entityId: inc.id,
        label: incidentLabels[i]!,
      })),
      ...visitMachinery.map((a) => ({
        entity: 'asset' as const,
        entityId: a.id,
        label: t('visits.text.labelled', {
          label: t('visits.photos.link.asset'),
          value: `${a.class === 'machinery' ? a.name || '—' : a.id}${a.class === 'machinery' && a.serialNumber ? ` (${a.serialNumber})` : ''}`,
        }),
      })),
    ],
    [visit.id, record.incidents, incidentLabels, visitMachinery, t],
  );
  const attachmentsByIncident = useMemo(() => {
    const map = new Map<string, Attachment[]>();
    for (const a of record.attachments)
      if (a.entity === 'incident') map.set(a.entityId, [...(map.get(a.entityId) ?? []), a]);
    return map;
  }, [record.attachments]);

  return (
    <Stack gap="md" maw={1280}>
      <Anchor component={Link} to={`/cases/${c.id}`} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('visits.backToCase', { caseNumber: c.caseNumber })}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {t('visits.page.title')}
            </Title>
            <VisitStateBadge state={visit.state} />
            <DisputedMark
              entityIds={[visit.id, ...record.incidents.map((i) => i.id), ...visitMachinery.map((a) => a.id)]}
            />
          </Group>
          <Text size="sm" c="dimmed" data-testid="visit-case">
            {c.caseNumber} · {respondent?.name}
          </Text>
        </Stack>
        <Group gap="sm">
          <SaveStateText kind={status.kind} text={saveText} />
          <HistoryDrawerButton entity="visit" entityId={visit.id} />
          <Button
            component={Link}
            to={`/visits/${visit.id}/print`}
            variant="default"
            leftSection={<IconPrinter size={16} />}
            data-testid="open-print"
          >
            {t('visits.print.open')}
          </Button>
          {visit.state === 'approved' && (
            <Button
              variant="light"
              leftSection={<IconPencil size={16} />}
              onClick={() => setAmending(true)}
              data-testid="open-amendment"
            >
              {t('amendment.open')}
            </Button>
          )}
          {(visit.state === 'draft' || visit.state === 'returned') && (
            <Button
              leftSection={<IconSend size={16} />}
              onClick={() => void submission.request()}
              loading={submission.isBusy}
              data-testid="submit-visit"
            >
              {t(visit.state === 'returned' ? 'visits.submit.resubmit' : 'visits.submit.button')}
            </Button>
          )}
        </Group>
      </Group>
      <UnmetChecklistDialog
        opened={submission.unmet !== null}
        title={t('visits.submit.confirmTitle')}
        message={t('visits.submit.confirmMessage')}
        rows={submission.unmet ?? []}
        confirm={t('visits.submit.confirm')}
        cancel={t('visits.submit.cancel')}
        isBusy={submission.isBusy}
        onConfirm={() => void submission.confirm()}
        onCancel={submission.cancel}
        testId="submit"
      />
      {feedback && <ReviewFeedback review={feedback} />}
      {isAmending && <AmendVisitModal visit={visit} opened onClose={() => setAmending(false)} />}
      {isReadOnly && (
        <Alert color="blue" variant="light" data-testid="visit-locked">
          {t(mode === 'locked' ? 'visits.locked' : 'visits.approvedReadOnly')}
        </Alert>
      )}
      {submission.blockers.length > 0 && (
        <Alert
          color="red"
          icon={<IconAlertTriangle />}
          title={t('visits.submit.blocked')}
          data-testid="submit-blockers"
        >
          <List size="sm">
            {submission.blockers.map((b) => (
              <List.Item key={b}>{b}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Tabs defaultValue="log" keepMounted>
        <Tabs.List>
          <Tabs.Tab value="log">{t('visits.tab.log')}</Tabs.Tab>
          <Tabs.Tab value="incidents" data-testid="tab-incidents">
            {t('visits.tab.incidents', { count: record.incidents.length })}
          </Tabs.Tab>
          <Tabs.Tab value="photos" data-testid="tab-photos">
            {t('visits.tab.photos', { count: record.attachments.length })}
          </Tabs.Tab>
          <Tabs.Tab value="inventory" data-testid="tab-inventory">
            {t('visits.tab.inventory', { count: visitMachinery.length })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="log" pt="md">
          <VisitLogForm
            visit={visit}
            officerChoices={officerChoices}
            isReadOnly={isReadOnly}
            queue={queue}
            flush={flush}
            comments={fieldComments}
          />
        </Tabs.Panel>
        <Tabs.Panel value="incidents" pt="md">
          <Stack gap="md">
            {!isReadOnly && (
              <Paper withBorder p="sm">
                <Group gap="xs" align="flex-end">
                  <Select
                    label={t('visits.incident.recordKind')}
                    value={newKind}
                    allowDeselect={false}
                    data={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`visits.incidentKind.${k}`) }))}
                    onChange={(v) => setNewKind(INCIDENT_KINDS.find((k) => k === v) ?? 'other')}
                    w={240}
                    data-testid="new-incident-kind"
                  />
                  <Button
                    color="red"
                    variant="light"
                    onClick={() => void incidentActions.record(visit, newKind)}
                    data-testid="record-incident"
                  >
                    {t('visits.incident.record')}
                  </Button>
                  <Text size="xs" c="dimmed" pb={8}>
                    {t('visits.incident.recordHint')}
                  </Text>
                </Group>
              </Paper>
            )}
            {record.incidents.length === 0 && (
              <Text c="dimmed" size="sm">
                {t('visits.incident.none')}
              </Text>
            )}
            {record.incidents.map((incident, i) => (
              <IncidentCard
                key={incident.id}
                incident={incident}
                index={i}
                isReadOnly={isReadOnly}
                caution={caution}
                legalRepresentative={legalRep}
                visit={visit}
                attachments={attachmentsByIncident.get(incident.id) ?? NO_ATTACHMENTS}
                label={incidentLabels[i]!}
              />
            ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="photos" pt="md">
          <AttachmentPanel
            visit={visit}
            attachments={record.attachments}
            choices={linkChoices}
            isReadOnly={isReadOnly}
            title={t('visits.photos.title')}
            testId="visit-photos"
          />
        </Tabs.Panel>
        <Tabs.Panel value="inventory" pt="md">
          <InventorySection
            caseId={c.id}
            visitId={visit.id}
            assets={record.assets}
            outstandingFen={outstanding}
            isReadOnly={isReadOnly}
          />
        </Tabs.Panel>
      </Tabs>
      <ReviewHistoryList reviews={reviews} amendments={amendments} />
      <Badge variant="outline" color="gray" style={{ alignSelf: 'flex-start' }}>
        {t('visits.page.storedLocally')}
      </Badge>
    </Stack>
  );
}
