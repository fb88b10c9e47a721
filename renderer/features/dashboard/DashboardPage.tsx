import { Alert, Center, Loader, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useT } from '../../app/i18n/useT';
import { TeamDashboard } from './TeamDashboard';
import { useDashboardAccess } from './useDashboardAccess';

/** The team dashboard for team leads and admins; anyone else is told plainly whose page it is. */
export function DashboardPage() {
  const t = useT();
  const access = useDashboardAccess();
  if (access === 'loading')
    return (
      <Center py="xl">
        <Loader aria-label={t('dashboard.loading')} />
      </Center>
    );
  if (access === 'leadsOnly')
    return (
      <Stack maw={720}>
        <Title order={1} size="h3">
          {t('dashboard.title')}
        </Title>
        <Alert
          color="gray"
          variant="light"
          icon={<IconLock size={20} />}
          title={t('dashboard.leadsOnly.title')}
          data-testid="dashboard-leads-only"
        >
          {t('dashboard.leadsOnly.body')}
        </Alert>
      </Stack>
    );
  return <TeamDashboard />;
}
