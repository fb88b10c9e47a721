import { Alert, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { daysBetween } from '../../../shared/domain/daysBetween';
import { useT } from '../../app/i18n/useT';
import { formatLocal } from '../../app/time/localDateTime';
import { VisitStateBadge } from '../visits/VisitStateBadge';
import { useIsReviewer } from './useIsReviewer';
import { useReviewQueue } from './useReviewQueue';
import { appClock } from '../../../shared/time/appClock';
import { ExpiringMeasuresPanel } from '../ledger/ExpiringMeasuresPanel';
import { localToday } from '../inventory/localToday';

const AGES = ['any', '3', '7', '30'] as const;

/** Waiting time in whole days, from when the visit ended (or began, if no end is recorded). */
function waitingDays(visit: { startedAt: string; endedAt: string | null }, now: Date): number {
  const from = new Date(visit.endedAt ?? visit.startedAt).toISOString().slice(0, 10);
  return Math.max(0, daysBetween(from, now.toISOString().slice(0, 10)));
}

/** The team lead's queue: submitted, resubmitted and amended logs, oldest first, with filters. */
export function ReviewQueuePage() {
  const t = useT();
  const navigate = useNavigate();
  const isReviewer = useIsReviewer();
  const rows = useReviewQueue();
  const [officerId, setOfficerId] = useState<string | null>(null);
  const [caseText, setCaseText] = useState('');
  const [age, setAge] = useState<(typeof AGES)[number]>('any');
  const now = useMemo(() => appClock.date(), []);

  const officers = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of rows ?? []) for (const o of r.visit.officersPresent) seen.set(o.userId, o.name);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [rows]);
  const shown = (rows ?? []).filter(
    (r) =>
      (officerId === null || r.visit.officersPresent.some((o) => o.userId === officerId)) &&
      r.caseNumber.includes(caseText.trim()) &&
      (age === 'any' || waitingDays(r.visit, now) >= Number(age)),
  );

  if (isReviewer === false)
    return (
      <Stack gap="sm">
        <Title order={1} size="h3">
          {t('review.queue.title')}
        </Title>
        <Alert color="blue" data-testid="review-leads-only">
          {t('review.queue.leadsOnly')}
        </Alert>
      </Stack>
    );
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={1} size="h3">
            {t('review.queue.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('review.queue.hint')}
          </Text>
        </Stack>
        {rows && (
          <Text size="sm" c="dimmed" data-testid="review-count">
            {t('review.queue.count', { n: shown.length })}
          </Text>
        )}
      </Group>
      {/* The lead's team-wide reminders live on their daily worklist, the one page only reviewers see. */}
      <ExpiringMeasuresPanel today={localToday(now)} scope="team" isAlwaysShown />
      <Group gap="sm" align="flex-end">
        <Select
          label={t('review.queue.filterOfficer')}
          placeholder={t('review.queue.anyOfficer')}
          data={officers}
          value={officerId}
          onChange={setOfficerId}
          clearable
          searchable
          w={200}
          data-testid="review-filter-officer"
        />
        <TextInput
          label={t('review.queue.filterCase')}
          value={caseText}
          onChange={(e) => setCaseText(e.currentTarget.value)}
          w={240}
          data-testid="review-filter-case"
        />
        <Select
          label={t('review.queue.filterAge')}
          data={AGES.map((a) => ({ value: a, label: t(`review.queue.age.${a}`) }))}
          value={age}
          allowDeselect={false}
          onChange={(v) => setAge(AGES.find((a) => a === v) ?? 'any')}
          w={160}
          data-testid="review-filter-age"
        />
      </Group>
      {!rows ? (
        <Loader size="sm" />
      ) : shown.length === 0 ? (
        <Text c="dimmed" data-testid="review-empty">
          {t('review.queue.empty')}
        </Text>
      ) : (
        <Table highlightOnHover withTableBorder data-testid="review-queue">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('review.queue.col.case')}</Table.Th>
              <Table.Th>{t('review.queue.col.respondent')}</Table.Th>
              <Table.Th>{t('review.queue.col.visitedAt')}</Table.Th>
              <Table.Th>{t('review.queue.col.officers')}</Table.Th>
              <Table.Th>{t('review.queue.col.state')}</Table.Th>
              <Table.Th>{t('review.queue.col.age')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr
                key={r.visit.id}
                tabIndex={0}
                style={{ cursor: 'pointer' }}
                data-testid="review-row"
                onClick={() => navigate(`/review/${r.visit.id}`)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') navigate(`/review/${r.visit.id}`);
                }}
              >
                <Table.Td>{r.caseNumber}</Table.Td>
                <Table.Td>{r.respondentName}</Table.Td>
                <Table.Td>{formatLocal(r.visit.startedAt)}</Table.Td>
                <Table.Td>{r.visit.officersPresent.map((o) => o.name).join(t('punct.list'))}</Table.Td>
                <Table.Td>
                  <VisitStateBadge state={r.visit.state} />
                </Table.Td>
                <Table.Td>{t('review.queue.days', { n: waitingDays(r.visit, now) })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
