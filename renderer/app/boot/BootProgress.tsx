import { Progress, Stack, Text, Title } from '@mantine/core';
import { useLocaleStore } from '../i18n/localeStore';
import { useT } from '../i18n/useT';
import { bootProgressText } from './bootProgressText';
import type { DemoProgress } from './loadDemoCourt';

/** First start: how much of the demo court is written, as a bar and as "已生成 12,000 / 50,000 件". */
export function BootProgress({ done, total }: DemoProgress) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const text = bootProgressText(locale, { done, total });
  return (
    <Stack gap="xs" w={420} maw="90vw" data-testid="boot-progress">
      {/* The screen's level-1 heading, sized as the body text it replaced. */}
      <Title order={1} fz="md" fw={400} ta="center">
        {t('boot.firstStart')}
      </Title>
      <Progress
        value={total > 0 ? Math.round((done / total) * 100) : 0}
        animated={done < total}
        aria-label={t('boot.firstStart')}
      />
      <Text size="sm" c="dimmed" ta="center" data-testid="boot-progress-text">
        {text}
      </Text>
    </Stack>
  );
}
