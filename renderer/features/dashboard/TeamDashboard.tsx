import { Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lastDayOf, PERIOD_KINDS, periodKey } from '../../../shared/reports/reportPeriod';
import { useT } from '../../app/i18n/useT';
import { CaseTypeChart } from '../../components/dashboard/CaseTypeChart';
import { CaseTypeFiguresTable } from '../../components/dashboard/CaseTypeFiguresTable';
import { ChartCard } from '../../components/dashboard/ChartCard';
import { ClosingModeChart } from '../../components/dashboard/ClosingModeChart';
import { OfficerVisitsChart } from '../../components/dashboard/OfficerVisitsChart';
import { PeriodPicker } from '../../components/dashboard/PeriodPicker';
import { TrendChart } from '../../components/dashboard/TrendChart';
import { TeamStatCards } from './TeamStatCards';
import { useDashboardExport } from './useDashboardExport';
import { useDashboardView } from './useDashboardView';
import { usePeriodLabel } from './usePeriodLabel';
import { useTeamFigures } from './useTeamFigures';

/** The figures of the chosen period: headline cards, four charts, and the court's table by case type. */
export function TeamDashboard() {
  const t = useT();
  const periodLabel = usePeriodLabel();
  const { figures, selection } = useTeamFigures();
  const { period, periods, today } = selection;
  const view = useDashboardView(figures, today);
  const series = { accepted: t('dashboard.series.accepted'), closed: t('dashboard.series.closed') };
  const last = figures ? lastDayOf(figures) : '';
  const range = !figures
    ? ''
    : last >= today
      ? t('dashboard.rangeToDate', { from: figures.from, to: today })
      : t('dashboard.range', { from: figures.from, to: last });
  const exportFigures = useDashboardExport(figures, { label: periodLabel(period), range }, today);

  return (
    <Stack gap="md" data-testid="dashboard">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={1} size="h3">
            {t('dashboard.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.subtitle')}
          </Text>
        </Stack>
        <PeriodPicker
          kind={period.kind}
          kinds={PERIOD_KINDS.map((k) => ({ value: k, label: t(`dashboard.kind.${k}`) }))}
          periodKey={periodKey(period)}
          periods={periods.map((p) => ({ value: periodKey(p), label: periodLabel(p) }))}
          onKindChange={selection.setKind}
          onPeriodChange={selection.setPeriodKey}
          labels={{
            kind: t('dashboard.periodKind'),
            period: t('dashboard.period'),
            previous: t('dashboard.previous'),
            next: t('dashboard.next'),
          }}
        />
      </Group>

      {!figures || !view ? (
        <Center py="xl">
          <Loader aria-label={t('dashboard.loading')} />
        </Center>
      ) : (
        <>
          <Group gap="xs" align="baseline">
            <Title order={4} data-testid="dashboard-period">
              {periodLabel(period)}
            </Title>
            <Text size="sm" c="dimmed" data-testid="dashboard-range">
              {range}
            </Text>
            <Button
              variant="default"
              size="xs"
              onClick={exportFigures.run}
              loading={exportFigures.isExporting}
              data-testid="dashboard-export"
            >
              {t('dashboard.export.button')}
            </Button>
          </Group>

          <TeamStatCards figures={figures} view={view} />

          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <ChartCard
              testId="chart-by-type"
              title={t('dashboard.chart.byType')}
              emptyText={t('dashboard.chart.noCases')}
              isEmpty={figures.total.accepted + figures.total.closed === 0}
            >
              <CaseTypeChart rows={view.typeBars} labels={series} />
            </ChartCard>
            <ChartCard
              testId="chart-trend"
              title={t(period.kind === 'month' ? 'dashboard.chart.trendDay' : 'dashboard.chart.trendMonth')}
              emptyText={t('dashboard.chart.noCases')}
              isEmpty={figures.total.accepted + figures.total.closed === 0}
            >
              <TrendChart rows={view.trendRows} labels={series} />
            </ChartCard>
            <ChartCard
              testId="chart-visits"
              title={t('dashboard.chart.visits')}
              emptyText={t('dashboard.chart.noVisits')}
              isEmpty={view.officerBars.length === 0}
            >
              <OfficerVisitsChart rows={view.officerBars} label={t('dashboard.series.visits')} />
            </ChartCard>
            <ChartCard
              testId="chart-closing-modes"
              title={t('dashboard.chart.closingModes')}
              emptyText={t('dashboard.chart.noClosed')}
              isEmpty={figures.total.closed === 0}
            >
              <ClosingModeChart slices={view.modes} centreLabel={String(figures.total.closed)} />
            </ChartCard>
          </SimpleGrid>

          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Title order={5}>{t('dashboard.table.title')}</Title>
              <CaseTypeFiguresTable
                rows={view.tableRows}
                total={view.tableTotal}
                labels={{
                  type: t('dashboard.col.type'),
                  accepted: t('dashboard.col.accepted'),
                  closed: t('dashboard.col.closed'),
                  recovered: t('dashboard.col.recovered'),
                  averageDays: t('dashboard.col.avgDays'),
                }}
              />
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  );
}
