import { Badge, Button, Group, Text, TextInput } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

export type CarryForwardMarkKind = 'present' | 'missing' | 'moved';

export type CarryForwardItem = { id: string; title: string; detail: string; measure: string | null };

type Props = {
  items: readonly CarryForwardItem[];
  marks: ReadonlyMap<string, { mark: CarryForwardMarkKind; location: string }>;
  labels: Record<CarryForwardMarkKind, string> & { newLocation: string };
  height: number;
  onMark: (id: string, mark: CarryForwardMarkKind) => void;
  onLocation: (id: string, location: string) => void;
};

const ROW_HEIGHT = 60;
const COLORS = { present: 'teal', missing: 'red', moved: 'orange' } as const;

/** The earlier visit's machines, each to be marked present, missing or moved (with its new place). */
export function CarryForwardList({ items, marks, labels, height, onMark, onLocation }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself, which is what we want here.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  return (
    <div ref={scrollRef} style={{ height, overflowY: 'auto' }} data-testid="carry-forward-list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((v) => {
          const item = items[v.index]!;
          const entry = marks.get(item.id);
          return (
            <Group
              key={item.id}
              wrap="nowrap"
              gap="sm"
              px="xs"
              data-testid="carry-forward-item"
              data-mark={entry?.mark ?? 'none'}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${v.start}px)`,
                borderBottom: '1px solid var(--mantine-color-gray-2)',
              }}
            >
              <div style={{ flex: 1, minWidth: 0 }}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500} truncate>
                    {item.title}
                  </Text>
                  {item.measure !== null && (
                    <Badge size="xs" color="indigo" variant="light">
                      {item.measure}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" truncate>
                  {item.detail}
                </Text>
              </div>
              <Button.Group>
                {(['present', 'missing', 'moved'] as const).map((mark) => (
                  <Button
                    key={mark}
                    size="compact-sm"
                    variant={entry?.mark === mark ? 'filled' : 'default'}
                    color={COLORS[mark]}
                    aria-pressed={entry?.mark === mark}
                    onClick={() => onMark(item.id, mark)}
                    data-testid={`mark-${mark}`}
                  >
                    {labels[mark]}
                  </Button>
                ))}
              </Button.Group>
              <TextInput
                size="xs"
                w={150}
                placeholder={labels.newLocation}
                aria-label={labels.newLocation}
                value={entry?.mark === 'moved' ? entry.location : ''}
                disabled={entry?.mark !== 'moved'}
                error={entry?.mark === 'moved' && entry.location.trim() === ''}
                onChange={(e) => onLocation(item.id, e.currentTarget.value)}
                data-testid="moved-location"
              />
            </Group>
          );
        })}
      </div>
    </div>
  );
}
