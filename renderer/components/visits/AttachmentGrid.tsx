import { Card, Image, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconFile } from '@tabler/icons-react';

export type AttachmentTile = {
  id: string;
  fileName: string;
  thumbnail: string | null;
  /** "1.2 MB · 2025-06-03 09:40". */
  caption: string;
  /** What it is linked to: "本次走访", "妨害行为 1", "设备：数控车床". */
  linkLabel: string;
  sha256: string;
};

type Props = {
  tiles: readonly AttachmentTile[];
  emptyText: string;
  onOpen: (id: string) => void;
  cols?: number;
};

/** Thumbnails of attached photos and files, with size, time, link and the start of the hash. */
export function AttachmentGrid({ tiles, emptyText, onOpen, cols = 6 }: Props) {
  if (tiles.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  return (
    <SimpleGrid cols={{ base: 2, md: cols }} spacing="xs">
      {tiles.map((a) => (
        <UnstyledButton key={a.id} onClick={() => onOpen(a.id)} data-testid="attachment-tile">
          <Card withBorder padding={4}>
            {a.thumbnail ? (
              <Image src={a.thumbnail} alt={a.fileName} h={100} fit="contain" />
            ) : (
              <Stack h={100} align="center" justify="center">
                <IconFile size={36} stroke={1.2} />
              </Stack>
            )}
            <Text size="xs" truncate fw={500} mt={4}>
              {a.fileName}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {a.caption}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {a.linkLabel}
            </Text>
            <Text size="xs" c="dimmed" ff="monospace" truncate title={a.sha256}>
              SHA-256 {a.sha256.slice(0, 12)}…
            </Text>
          </Card>
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
}
