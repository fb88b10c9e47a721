import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { OfficerRef } from '../../../shared/domain/case';
import { useT } from '../../app/i18n/useT';

type Props = {
  value: readonly OfficerRef[];
  choices: readonly OfficerRef[];
  isReadOnly: boolean;
  onChange: (officers: OfficerRef[]) => void;
};

/**
 * Officers present: tick the case's officers, or add a colleague by name (e.g. from another team) — such an
 * officer is recorded under `typed:<name>` until the court server knows them.
 */
export function OfficersPresentInput({ value, choices, isReadOnly, onChange }: Props) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const all = [...choices, ...value.filter((o) => !choices.some((c) => c.userId === o.userId))];
  const isPresent = (o: OfficerRef) => value.some((v) => v.userId === o.userId);
  const add = () => {
    const name = typed.trim();
    if (name === '') return;
    const known = all.find((o) => o.name === name);
    const officer = known ?? { userId: `typed:${name}`, name };
    if (!isPresent(officer)) onChange([...value, officer]);
    setTyped('');
  };
  return (
    <Stack gap={6} data-testid="officers-present">
      <Group gap="md">
        {all.map((o) => (
          <Checkbox
            key={o.userId}
            label={o.name}
            checked={isPresent(o)}
            disabled={isReadOnly}
            onChange={(e) =>
              onChange(e.currentTarget.checked ? [...value, o] : value.filter((v) => v.userId !== o.userId))
            }
          />
        ))}
      </Group>
      {!isReadOnly && (
        <Group gap="xs" wrap="nowrap">
          <TextInput
            size="xs"
            w={240}
            placeholder={t('visits.officers.addPlaceholder')}
            aria-label={t('visits.officers.addPlaceholder')}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.nativeEvent.isComposing) add();
            }}
            maxLength={50}
            data-testid="officer-add-name"
          />
          <Button size="xs" variant="light" onClick={add} data-testid="officer-add">
            {t('visits.officers.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
