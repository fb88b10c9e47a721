import { Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useLocaleStore } from '../../app/i18n/localeStore';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { useWriter } from '../../app/session/writerContext';
import type { PlatformInfo } from '../../platform/Platform';
import { CourtServerPanel } from './CourtServerPanel';

/** Language, who works on this device, and what this installation is. */
export function SettingsPage() {
  const t = useT();
  const { platform } = useServices();
  const { officer, deviceId } = useWriter();
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);
  const [info, setInfo] = useState<PlatformInfo | null>(null);
  useEffect(() => {
    void platform.info().then(setInfo);
  }, [platform]);

  return (
    <Stack maw={640}>
      <Title order={1} size="h3">
        {t('settings.title')}
      </Title>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text fw={600}>{t('settings.language')}</Text>
          <SegmentedControl
            value={locale}
            onChange={(v) => setLocale(v === 'en' ? 'en' : 'zh-CN')}
            data={[
              { value: 'zh-CN', label: '简体中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Stack>
      </Paper>
      <CourtServerPanel />
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Text fw={600}>{t('settings.officer')}</Text>
          <Text>{officer?.name ?? '—'}</Text>
          <Text fw={600} mt="sm">
            {t('settings.device')}
          </Text>
          <Text ff="monospace" size="sm">
            {deviceId}
          </Text>
          <Text fw={600} mt="sm">
            {t('settings.about')}
          </Text>
          {info && (
            <Text size="sm">
              {t('settings.version', { version: info.version, platform: t(`platform.${info.kind}`) })}
            </Text>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
