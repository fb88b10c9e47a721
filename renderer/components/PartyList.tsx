import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Party } from '../../shared/domain/party';

type Props = {
  title: string;
  parties: readonly Party[];
  labels: {
    enterprise: string;
    person: string;
    creditCode: string;
    legalRepresentative: string;
    idNumber: string;
    /** What joins a label to its value: "：" in Chinese, ": " in English. */
    colon: string;
  };
};

/** Parties of one side of a case, with the codes that identify them across cases. */
export function PartyList({ title, parties, labels }: Props) {
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="xs">
        {title}
      </Title>
      <Stack gap="sm">
        {parties.map((p) => (
          <Stack key={p.kind === 'enterprise' ? p.creditCode : p.idNumber} gap={2}>
            <Group gap="xs">
              <Text fw={600}>{p.name}</Text>
              <Badge size="xs" variant="outline" color="gray">
                {p.kind === 'enterprise' ? labels.enterprise : labels.person}
              </Badge>
            </Group>
            {p.kind === 'enterprise' ? (
              <>
                <Text size="sm" c="dimmed">
                  {labels.creditCode}
                  {labels.colon}
                  <span data-testid="party-code">{p.creditCode}</span>
                </Text>
                {p.legalRepresentative && (
                  <Text size="sm" c="dimmed">
                    {labels.legalRepresentative}
                    {labels.colon}
                    {p.legalRepresentative}
                  </Text>
                )}
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {labels.idNumber}
                {labels.colon}
                <span data-testid="party-code">{p.idNumber}</span>
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
