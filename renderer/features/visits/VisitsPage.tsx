import { Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useT } from '../../app/i18n/useT';
import { VisitListTable } from '../../components/visits/VisitListTable';
import { formatLocal } from '../../app/time/localDateTime';
import { useVisitList } from './useVisitList';
import { VisitStateBadge } from './VisitStateBadge';

/** Every visit on this device; drafts and returned visits (the ones still to work on) first. */
export function VisitsPage() {
  const t = useT();
  const navigate = useNavigate();
  const rows = useVisitList();
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h3">
          {t('visits.title')}
        </Title>
        {rows && (
          <Text size="sm" c="dimmed" data-testid="visit-count">
            {t('visits.list.count', { count: rows.length })}
          </Text>
        )}
      </Group>
      {!rows ? (
        <Loader size="sm" />
      ) : rows.length === 0 ? (
        <Text c="dimmed" data-testid="visit-list-empty">
          {t('visits.list.empty')}
        </Text>
      ) : (
        <VisitListTable
          rows={rows.map((r) => ({
            id: r.visit.id,
            caseNumber: r.caseNumber,
            respondentName: r.respondentNames.join(t('visits.text.list')) || '—',
            startedAt: formatLocal(r.visit.startedAt),
            address: r.visit.address,
            state: <VisitStateBadge state={r.visit.state} />,
          }))}
          labels={{
            started: t('visits.list.started'),
            caseNumber: t('cases.col.number'),
            respondent: t('cases.col.respondent'),
            address: t('visits.log.address'),
            state: t('visits.list.state'),
          }}
          onOpen={(id) => navigate(`/visits/${id}`)}
        />
      )}
    </Stack>
  );
}
