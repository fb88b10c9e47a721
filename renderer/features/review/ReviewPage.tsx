import { Alert, Anchor, Button, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconArrowBackUp } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { checklistOverrideSchema, type ChecklistOverride } from '../../../shared/visits/checklistOverride';
import { reviewChecklist, type ChecklistItem } from '../../../shared/visits/reviewChecklist';
import { visitDiff } from '../../../shared/visits/visitDiff';
import { REVIEW_TARGETS } from '../../../shared/visits/visitReview';
import { useT } from '../../app/i18n/useT';
import { ChecklistCard } from '../../components/review/ChecklistCard';
import { CommentEditor, type DraftComment } from '../../components/review/CommentEditor';
import { DiffTable } from '../../components/review/DiffTable';
import { UnmetChecklistDialog } from '../../components/review/UnmetChecklistDialog';
import { AttachmentPanel } from '../visits/AttachmentPanel';
import { PrintedRecord } from '../visits/PrintedRecord';
import { useCodeText } from '../../app/text/useCodeText';
import { useVisitRecord } from '../visits/useVisitRecord';
import { VisitStateBadge } from '../visits/VisitStateBadge';
import { AmendmentDecision } from './AmendmentDecision';
import { ReviewHistoryList } from './ReviewHistoryList';
import { useBlobAvailability } from './useBlobAvailability';
import { useChecklistRows } from './useChecklistRows';
import { useFourEyesBlocker } from './useFourEyesBlocker';
import { useFormatVisitValue } from './useFormatVisitValue';
import { useIsReviewer } from './useIsReviewer';
import { useReviewActions } from './useReviewActions';
import { useTargetLabel } from './useTargetLabel';
import { useVisitReviews } from './useVisitReviews';

/**
 * The review screen: the legal-sufficiency checklist already evaluated, what changed since the last review,
 * then the log, incidents, inventory and photos; approve, or return with comments pinned to sections or
 * fields. A pending amendment is decided here too.
 */
export function ReviewPage() {
  const { visitId = '' } = useParams();
  const t = useT();
  const navigate = useNavigate();
  const isReviewer = useIsReviewer();
  const record = useVisitRecord(visitId);
  const { reviews, amendments } = useVisitReviews(visitId);
  const actions = useReviewActions();
  const targetLabel = useTargetLabel();
  const format = useFormatVisitValue();
  const isBlobUploaded = useBlobAvailability(record.attachments);
  const [comments, setComments] = useState<DraftComment[]>([]);
  const [isBusy, setBusy] = useState(false);
  const checklistRows = useChecklistRows();
  const codeText = useCodeText();
  // The unmet checks as shown when the lead chose to approve; null while no override is being asked for.
  const [overrideItems, setOverrideItems] = useState<ChecklistItem[] | null>(null);
  const visit = record.visit;
  const fourEyes = useFourEyesBlocker(visit);

  const checklist = useMemo(
    () =>
      visit
        ? reviewChecklist({
            visit,
            incidents: record.incidents,
            assets: record.assets,
            attachments: record.attachments,
            isBlobUploaded,
          })
        : [],
    [visit, record.incidents, record.assets, record.attachments, isBlobUploaded],
  );

  if (isReviewer === false) return <Alert color="blue">{t('review.page.leadsOnly')}</Alert>;
  if (visit === undefined || (visit && record.case === undefined)) return <Loader />;
  if (!visit || !record.case) return <Text>{t('visits.notFound')}</Text>;

  const last = reviews.at(-1);
  const diff = visit.state === 'resubmitted' && last ? visitDiff(last.visitSnapshot, visit) : null;
  const isInReview = visit.state === 'submitted' || visit.state === 'resubmitted';
  const pending = amendments.find((a) => a.decision === 'pending');
  const missing = checklist.filter((c) => !c.isMet).length;
  const rows = checklistRows(checklist, record.incidents);

  async function decide(decision: 'approved' | 'returned', checklistOverride?: ChecklistOverride) {
    setBusy(true);
    const ok = await actions.decide(visitId, decision, comments, checklistOverride);
    setBusy(false);
    if (ok) {
      setOverrideItems(null);
      navigate('/review');
    }
  }

  /** Approving a record with unmet checks needs the lead to name them and say why (the server insists too). */
  function approve() {
    const unmet = checklist.filter((c) => !c.isMet).map((c) => c.item);
    if (unmet.length === 0) return void decide('approved');
    setOverrideItems(unmet);
  }

  /** The dialog has checked the reason with the override's schema; the items come from the checklist. */
  function confirmOverride(reason: string) {
    if (overrideItems === null) return;
    void decide('approved', checklistOverrideSchema.parse({ unmetItems: overrideItems, reason }));
  }

  return (
    <Stack gap="md" maw={1400}>
      <Anchor component={Link} to="/review" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('review.page.back')}
        </Group>
      </Anchor>
      <Group gap="sm">
        <Title order={1} size="h2">
          {t('review.page.title')}
        </Title>
        <VisitStateBadge state={visit.state} />
        <Text c="dimmed">
          {record.case.caseNumber} · {record.case.respondents[0]?.name}
        </Text>
      </Group>
      {!isInReview && !pending && (
        <Alert color="gray">
          {t('review.page.notInReview', { state: t(`visits.state.${visit.state}`) })}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            {diff && (
              <Paper withBorder p="sm">
                <Text fw={600} mb="xs">
                  {t('review.diff.title')}
                </Text>
                <DiffTable
                  testId="review-diff"
                  rows={diff.map((d) => ({
                    key: d.field,
                    label: targetLabel(d.field),
                    before: format(d.field, d.before),
                    after: format(d.field, d.after),
                  }))}
                  labels={{
                    field: t('review.diff.field'),
                    before: t('review.diff.before'),
                    after: t('review.diff.after'),
                    none: t('review.diff.none'),
                  }}
                />
              </Paper>
            )}
            <Paper withBorder p="sm" data-testid="review-content">
              <Text fw={600} mb="xs">
                {t('review.content.title')}
              </Text>
              <PrintedRecord
                visit={visit}
                caseRecord={record.case}
                incidents={record.incidents}
                attachments={record.attachments}
                assets={record.assets}
              />
            </Paper>
            <AttachmentPanel
              visit={visit}
              attachments={record.attachments}
              choices={[]}
              isReadOnly
              title={t('review.photos.title')}
              testId="review-photos"
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md" style={{ position: 'sticky', top: 64 }}>
            <ChecklistCard
              title={t('review.checklist.title')}
              isAllMet={missing === 0}
              summary={
                missing === 0
                  ? t('review.checklist.allMet')
                  : t('review.checklist.someMissing', { n: missing })
              }
              rows={rows}
            />
            {pending && <AmendmentDecision amendment={pending} />}
            {isInReview && fourEyes !== null && (
              <Alert color="yellow" data-testid="four-eyes">
                {codeText(fourEyes)}
              </Alert>
            )}
            {isInReview && fourEyes === null && (
              <>
                <CommentEditor
                  comments={comments}
                  onChange={setComments}
                  targets={REVIEW_TARGETS.map((target) => ({ value: target, label: targetLabel(target) }))}
                  labels={{
                    title: t('review.comments.title'),
                    target: t('review.comments.target'),
                    text: t('review.comments.text'),
                    add: t('review.comments.add'),
                    remove: t('review.comments.remove'),
                    placeholder: t('review.comments.placeholder'),
                    none: t('review.comments.none'),
                    colon: t('punct.colon'),
                  }}
                />
                <Group>
                  <Button
                    color="teal"
                    leftSection={<IconCheck size={16} />}
                    loading={isBusy}
                    onClick={approve}
                    data-testid="approve-visit"
                  >
                    {t('review.approve')}
                  </Button>
                  <Button
                    color="orange"
                    leftSection={<IconArrowBackUp size={16} />}
                    loading={isBusy}
                    disabled={comments.length === 0}
                    onClick={() => void decide('returned')}
                    data-testid="return-visit"
                  >
                    {t('review.return')}
                  </Button>
                </Group>
              </>
            )}
            <ReviewHistoryList reviews={reviews} amendments={amendments} />
          </Stack>
        </Grid.Col>
      </Grid>
      <UnmetChecklistDialog
        opened={overrideItems !== null}
        title={t('review.override.title')}
        message={t('review.override.message')}
        rows={rows.filter((r) => overrideItems?.some((item) => item === r.key))}
        confirm={t('review.override.confirm')}
        cancel={t('review.override.cancel')}
        isBusy={isBusy}
        reason={{
          label: t('review.override.reason'),
          placeholder: t('review.override.reasonPlaceholder'),
          errorText: codeText,
        }}
        onConfirm={confirmOverride}
        onCancel={() => setOverrideItems(null)}
        testId="override"
      />
    </Stack>
  );
}
