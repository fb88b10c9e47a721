import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Case } from '../../../shared/domain/case';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { VisitListTable } from '../../components/visits/VisitListTable';
import { useLive } from '../../data/useLive';
import { useCodeText } from '../../app/text/useCodeText';
import { formatLocal } from '../../app/time/localDateTime';
import { useVisitActions } from './useVisitActions';
import { VisitStateBadge } from './VisitStateBadge';

/**
 * The case's site visits on the case page: start a new one (now, from this case), the visits so far, and any
 * machine flagged as a possible transfer of assets (domain rule 8).
 */
export function CaseVisitsSection({ value }: { value: Case }) {
  const t = useT();
  const codeText = useCodeText();
  const navigate = useNavigate();
  const { repos } = useServices();
  const actions = useVisitActions();
  const [isStarting, setStarting] = useState(false);
  const visits = useLive(() => repos.visits.listForCase(value.id), [repos, value.id], []);
  const flags = useLive(() => repos.assets.flagsForCase(value.id), [repos, value.id], []);

  async function start() {
    setStarting(true);
    const visit = await actions.start(value);
    setStarting(false);
    if (visit) navigate(`/visits/${visit.id}`);
  }

  return (
    <Paper withBorder p="md" data-testid="case-visits">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t('visits.case.title', { count: visits.length })}</Title>
        <Button
          leftSection={<IconMapPin size={16} />}
          onClick={() => void start()}
          loading={isStarting}
          data-testid="start-visit"
        >
          {t('visits.case.start')}
        </Button>
      </Group>
      <Stack gap="sm">
        {flags.length > 0 && (
          <Alert
            color="red"
            variant="light"
            title={t('visits.flags.title', { count: flags.length })}
            data-testid="transfer-flags"
          >
            <List size="sm">
              {flags.map((f) => (
                <List.Item key={f.id}>
                  {t('visits.text.labelled', {
                    label: codeText(f.code),
                    value: f.identity.serialNumber
                      ? t('visits.text.aside', { text: f.identity.name, aside: f.identity.serialNumber })
                      : f.identity.name,
                  })}{' '}
                  · {f.identity.quantity}
                  {f.identity.unit} ·{' '}
                  {t('visits.flags.lastLocation', { location: f.identity.location || '—' })} ·{' '}
                  {t('visits.flags.flaggedAt', { time: formatLocal(f.flaggedAt) })}
                  {f.measureKind !== 'none' && ` · ${t('visits.flags.wasUnderMeasure')}`}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {visits.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('visits.case.none')}
          </Text>
        ) : (
          <VisitListTable
            rows={visits.map((v) => ({
              id: v.id,
              caseNumber: value.caseNumber,
              respondentName: value.respondents.map((p) => p.name).join(t('visits.text.list')),
              startedAt: formatLocal(v.startedAt),
              address: v.address,
              state: <VisitStateBadge state={v.state} />,
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
    </Paper>
  );
}
