import { Alert, AppShell, Burger, Group, NavLink, SegmentedControl, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBriefcase,
  IconChartBar,
  IconChecklist,
  IconMapPin,
  IconRefresh,
  IconSettings,
} from '@tabler/icons-react';
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { useDashboardAccess } from '../../features/dashboard/useDashboardAccess';
import { LockButton } from '../../features/unlock/LockButton';
import { useLocaleStore } from '../i18n/localeStore';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/zhCN';
import { SyncIndicator } from './SyncIndicator';
import { useIsDemo } from './useIsDemo';

/** `isLeadsOnly` items show for team leads, admins and the demo court (see useDashboardAccess). */
const NAV: { to: string; label: MessageKey; icon: typeof IconBriefcase; isLeadsOnly?: boolean }[] = [
  { to: '/cases', label: 'nav.cases', icon: IconBriefcase },
  { to: '/visits', label: 'nav.visits', icon: IconMapPin },
  { to: '/review', label: 'nav.review', icon: IconChecklist },
  { to: '/dashboard', label: 'nav.dashboard', icon: IconChartBar, isLeadsOnly: true },
  { to: '/sync', label: 'nav.sync', icon: IconRefresh },
  { to: '/settings', label: 'nav.settings', icon: IconSettings },
];

/** The app frame: header (name, network, language), navigation, demo-data banner, page outlet. */
export function AppLayout() {
  const t = useT();
  const [opened, { toggle }] = useDisclosure();
  const { pathname } = useLocation();
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);
  const isDemo = useIsDemo();
  const canSeeLeadPages = useDashboardAccess() === 'allowed';

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            {/* Not a heading: each page's own title is its level-1 heading, the first a reader meets. */}
            <Text fw={700} size="lg">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SyncIndicator />
            <LockButton />
            <SegmentedControl
              size="xs"
              aria-label={t('settings.language')}
              value={locale}
              onChange={(v) => setLocale(v === 'en' ? 'en' : 'zh-CN')}
              data={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'EN' },
              ]}
            />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {NAV.filter((item) => !item.isLeadsOnly || canSeeLeadPages).map((item) => (
          <NavLink
            key={item.to}
            component={RouterLink}
            to={item.to}
            label={t(item.label)}
            leftSection={<item.icon size={18} stroke={1.6} />}
            active={pathname.startsWith(item.to)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {isDemo && (
          <Alert color="yellow" variant="light" py={6} mb="sm" data-testid="demo-banner">
            {t('demo.banner')}
          </Alert>
        )}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
