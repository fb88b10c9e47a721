import { Button, Popover, Stack } from '@mantine/core';
import { useState } from 'react';

export type ExportMenuProps = {
  label: string;
  items: readonly { key: string; label: string; testId: string; onPick: () => void }[];
  isBusy: boolean;
  testId: string;
};

/**
 * A small "export" button opening the list of files the screen can export. A popover of buttons rather
 * than Mantine's Menu: the popover is already in the bundle, the menu would add its own ~20 KB.
 */
export function ExportMenu({ label, items, isBusy, testId }: ExportMenuProps) {
  const [isOpen, setOpen] = useState(false);
  return (
    <Popover position="bottom-end" shadow="md" withinPortal opened={isOpen} onChange={setOpen}>
      <Popover.Target>
        <Button
          variant="default"
          size="xs"
          loading={isBusy}
          onClick={() => setOpen((o) => !o)}
          aria-haspopup="true"
          aria-expanded={isOpen}
          data-testid={testId}
        >
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p={4}>
        <Stack gap={2}>
          {items.map((item) => (
            <Button
              key={item.key}
              variant="subtle"
              color="dark"
              size="xs"
              justify="flex-start"
              onClick={() => {
                setOpen(false);
                item.onPick();
              }}
              data-testid={item.testId}
            >
              {item.label}
            </Button>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
