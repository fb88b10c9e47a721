import { Anchor, Badge, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { outstandingFen } from '../../../shared/domain/case';
import { daysBetween } from '../../../shared/domain/daysBetween';
import { formatYuan } from '../../../shared/domain/money';
import { useT } from '../../app/i18n/useT';
import { MoneySummary } from '../../components/MoneySummary';
import { PartyList } from '../../components/PartyList';
import { SiblingCaseTable } from '../../components/SiblingCaseTable';
import { DisputedMark } from '../conflicts/DisputedMark';
import { CaseHistorySection } from '../history/CaseHistorySection';
import { CaseVisitsSection } from '../visits/CaseVisitsSection';
import { CaseEditForm } from './CaseEditForm';
import { ConflictBanner } from './ConflictBanner';
import { useCase } from './useCase';
import { localToday } from '../inventory/localToday';
import { CaseLedgerSection } from '../ledger/CaseLedgerSection';

/** One case: parties, money, officers, progress, and every other case against the same respondent. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const t = useT();
  const navigate = useNavigate();
  const data = useCase(caseId);

  if (!data) return <Loader />;
  const c = data.case;
  if (!c) {
    return (
      <Stack>
        <Text>{t('case.notFound')}</Text>
        <Anchor component={Link} to="/cases">
          {t('case.back')}
        </Anchor>
      </Stack>
    );
  }
  // The officer's calendar day, not UTC's: at 00:10 in Beijing UTC still says yesterday.
  const today = localToday();
  const colon = t('punct.colon');
  const partyLabels = {
    enterprise: t('party.enterprise'),
    person: t('party.person'),
    creditCode: t('party.creditCode'),
    legalRepresentative: t('party.legalRepresentative'),
    idNumber: t('party.idNumber'),
    colon: t('punct.colon'),
  };
  const siblingOutstanding = data.siblings.reduce((sum, s) => sum + s.outstandingFen, 0);

  return (
    <Stack gap="md" maw={1200}>
      <Anchor component={Link} to="/cases" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('case.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2" data-testid="case-number">
              {c.caseNumber}
            </Title>
            <Badge variant="light">{t(`caseType.${c.type}`)}</Badge>
            <Badge
              variant="filled"
              color={c.status === 'closed' ? 'gray' : 'indigo'}
              data-testid="case-status"
            >
              {t(`caseStatus.${c.status}`)}
              {c.closingMode ? ` · ${t(`closingMode.${c.closingMode}`)}` : ''}
            </Badge>
            {c.isDemo && (
              <Badge color="yellow" variant="light">
                {t('demo.badge')}
              </Badge>
            )}
            <DisputedMark entityIds={[c.id]} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('case.court')}
            {colon}
            {c.courtName} · {t('case.acceptedOn')}
            {colon}
            {c.acceptedOn}
            {c.closedOn ? ` · ${t('case.closedOn')}${colon}${c.closedOn}` : ''} ·{' '}
            {c.closedOn
              ? t('case.daysToClose', { days: daysBetween(c.acceptedOn, c.closedOn) })
              : t('case.daysOpen', { days: daysBetween(c.acceptedOn, today) })}
          </Text>
        </Stack>
      </Group>
      <ConflictBanner entityId={c.id} />
      <MoneySummary
        principalFen={c.claim.principalFen}
        interestFen={c.claim.interestFen}
        costsFen={c.claim.costsFen}
        recoveredFen={c.recoveredFen}
        outstandingFen={outstandingFen(c)}
        labels={{
          principal: t('case.principal'),
          interest: t('case.interest'),
          costs: t('case.costs'),
          claimTotal: t('case.claimTotal'),
          recovered: t('case.recovered'),
          outstanding: t('case.outstanding'),
        }}
      />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <PartyList title={t('case.respondents')} parties={c.respondents} labels={partyLabels} />
        <PartyList title={t('case.applicants')} parties={c.applicants} labels={partyLabels} />
        <Paper withBorder p="md">
          <Title order={5} mb="xs">
            {t('case.officers')}
          </Title>
          {c.officers.length === 0 ? (
            <Text c="dimmed">{t('case.noOfficers')}</Text>
          ) : (
            <Group gap="xs">
              {c.officers.map((o) => (
                <Badge key={o.userId} variant="outline" size="lg">
                  {o.name}
                </Badge>
              ))}
            </Group>
          )}
        </Paper>
      </SimpleGrid>
      <CaseEditForm key={c.id} value={c} />
      <CaseVisitsSection value={c} />
      <CaseLedgerSection caseId={c.id} outstandingFen={outstandingFen(c)} today={today} />
      <CaseHistorySection caseId={c.id} />
      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Title order={5} data-testid="siblings-title">
            {t('case.siblings', { count: data.siblings.length })}
          </Title>
          {data.siblings.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('case.siblingsTotal', { amount: formatYuan(siblingOutstanding) })}
            </Text>
          )}
        </Group>
        {data.siblings.length === 0 ? (
          <Text c="dimmed">{t('case.siblingsNone')}</Text>
        ) : (
          <SiblingCaseTable
            rows={data.siblings}
            labels={{
              number: t('cases.col.number'),
              type: t('cases.col.type'),
              applicant: t('cases.col.applicant'),
              accepted: t('cases.col.accepted'),
              outstanding: t('cases.col.outstanding'),
              status: t('cases.col.status'),
            }}
            typeName={(v) => t(`caseType.${v}`)}
            statusName={(v) => t(`caseStatus.${v}`)}
            onOpen={(id) => navigate(`/cases/${id}`)}
          />
        )}
      </Paper>
    </Stack>
  );
}
