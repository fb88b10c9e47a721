import { SimpleGrid } from '@mantine/core';
import type { TeamFigures } from '../../../shared/reports/teamFigures';
import { useT } from '../../app/i18n/useT';
import { StatCard } from '../../components/dashboard/StatCard';

type Props = {
  figures: TeamFigures;
  view: { money: (fen: number) => string; days: (average: number | null) => string };
};

/**
 * The headline figures: the period's cases, money, days and visits, then what is waiting for the lead now.
 * Waiting items turn red when there are any.
 */
export function TeamStatCards({ figures, view }: Props) {
  const t = useT();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm">
      <StatCard
        testId="stat-accepted"
        label={t('dashboard.stat.accepted')}
        value={t('dashboard.cases', { count: figures.total.accepted })}
        rawValue={figures.total.accepted}
      />
      <StatCard
        testId="stat-closed"
        label={t('dashboard.stat.closed')}
        value={t('dashboard.cases', { count: figures.total.closed })}
        rawValue={figures.total.closed}
      />
      <StatCard
        testId="stat-recovered"
        label={t('dashboard.stat.recovered')}
        value={view.money(figures.total.recoveredFen)}
        rawValue={figures.total.recoveredFen}
        hint={t('dashboard.stat.recoveredHint')}
      />
      <StatCard
        testId="stat-avg-days"
        label={t('dashboard.stat.avgDays')}
        value={view.days(figures.total.averageDaysToClose)}
        hint={t('dashboard.stat.avgDaysHint')}
      />
      <StatCard
        testId="stat-visits"
        label={t('dashboard.stat.visits')}
        value={t('dashboard.count', { count: figures.visitsInPeriod })}
        rawValue={figures.visitsInPeriod}
        hint={t('dashboard.stat.visitsHint')}
      />
      <StatCard
        testId="stat-transfer-flags"
        label={t('dashboard.stat.transferFlags')}
        value={t('dashboard.count', { count: figures.transferFlagsInPeriod })}
        rawValue={figures.transferFlagsInPeriod}
        hint={t('dashboard.stat.transferFlagsHint', { total: figures.transferFlagsTotal })}
        needsAttention={figures.transferFlagsInPeriod > 0}
      />
      <StatCard
        testId="stat-open-conflicts"
        label={t('dashboard.stat.openConflicts')}
        value={t('dashboard.count', { count: figures.openConflicts })}
        rawValue={figures.openConflicts}
        hint={t('dashboard.stat.standingHint')}
        needsAttention={figures.openConflicts > 0}
      />
      <StatCard
        testId="stat-returned-waiting"
        label={t('dashboard.stat.returnedWaiting')}
        value={t('dashboard.count', { count: figures.returnedVisitsWaiting })}
        rawValue={figures.returnedVisitsWaiting}
        hint={t('dashboard.stat.standingHint')}
        needsAttention={figures.returnedVisitsWaiting > 0}
      />
    </SimpleGrid>
  );
}
