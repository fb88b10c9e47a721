import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../app/i18n/useT';
import { HistoryPanel } from './HistoryPanel';

/**
 * The case page's History section. Folded until asked for: the history comes from the court server, and
 * opening a case must not wait for (or fail on) the network.
 */
export function CaseHistorySection({ caseId }: { caseId: string }) {
  const t = useT();
  const [isShown, setShown] = useState(false);
  return (
    <Paper withBorder p="md" data-testid="case-history">
      <Group justify="space-between" mb={isShown ? 'sm' : 0}>
        <Stack gap={2}>
          <Title order={5}>{t('history.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('history.sectionHint')}
          </Text>
        </Stack>
        <Button
          variant={isShown ? 'default' : 'light'}
          leftSection={<IconHistory size={16} />}
          onClick={() => setShown((s) => !s)}
          data-testid="case-history-toggle"
        >
          {isShown ? t('history.hide') : t('history.show')}
        </Button>
      </Group>
      {isShown && <HistoryPanel entity="case" entityId={caseId} />}
    </Paper>
  );
}
