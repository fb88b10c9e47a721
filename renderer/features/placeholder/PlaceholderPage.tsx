import { Stack, Text, Title } from '@mantine/core';
import { useT } from '../../app/i18n/useT';
import type { MessageKey } from '../../app/i18n/zhCN';

/** A navigation target whose feature is not available yet. */
export function PlaceholderPage({ titleKey }: { titleKey: MessageKey }) {
  const t = useT();
  return (
    <Stack>
      <Title order={3}>{t(titleKey)}</Title>
      <Text c="dimmed">{t('placeholder.notYet')}</Text>
    </Stack>
  );
}
