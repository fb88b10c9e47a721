import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useState } from 'react';
import type { Case } from '../../../shared/domain/case';
import { CASE_STATUSES, caseStatusSchema } from '../../../shared/domain/caseStatus';
import { CLOSING_MODES, closingModeSchema } from '../../../shared/domain/closingMode';
import { formatYuan, parseYuan } from '../../../shared/domain/money';
import { useT } from '../../app/i18n/useT';
import { useCaseActions } from './useCaseActions';
import { appClock } from '../../../shared/time/appClock';

type Draft = {
  status: Case['status'];
  closingMode: Case['closingMode'];
  closedOn: string;
  recovered: string;
  notes: string;
};

function draftOf(c: Case): Draft {
  return {
    status: c.status,
    closingMode: c.closingMode,
    closedOn: c.closedOn ?? '',
    recovered: formatYuan(c.recoveredFen).replace(/,/g, ''),
    notes: c.notes,
  };
}

/** Progress of a case: status, closing, recovered amount, notes. Ctrl+S saves. */
export function CaseEditForm({ value }: { value: Case }) {
  const t = useT();
  const { save } = useCaseActions();
  const [draft, setDraft] = useState<Draft>(() => draftOf(value));
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  // When the case changes underneath the form (a sync brought a colleague's edit), follow it unless the
  // officer has unsaved typing: that is never thrown away.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if (JSON.stringify(draft) === JSON.stringify(draftOf(shownValue))) setDraft(draftOf(value));
  }
  const isDirty = JSON.stringify(draft) !== JSON.stringify(draftOf(value));
  const set = <K extends keyof Draft>(key: K, v: Draft[K]) => setDraft((d) => ({ ...d, [key]: v }));

  async function submit() {
    const money = parseYuan(draft.recovered);
    if (!money.ok) {
      setErrors({ recovered: t.validation(money.code) });
      return;
    }
    setErrors({});
    setSaving(true);
    const outcome = await save(value.id, {
      status: draft.status,
      closingMode: draft.status === 'closed' ? draft.closingMode : null,
      closedOn: draft.status === 'closed' ? draft.closedOn || null : null,
      recoveredFen: money.value,
      notes: draft.notes,
    });
    setSaving(false);
    if (outcome.ok) {
      setDraft(draftOf(outcome.case));
      setSavedAt(appClock.date().toLocaleTimeString());
    } else if (outcome.codes.length > 0) {
      setErrors({ closingMode: outcome.codes.map((c) => t.validation(c)).join('；') });
    }
  }

  const onKeyDown = getHotkeyHandler([['mod+S', () => void submit()]]);
  return (
    <Paper withBorder p="md" onKeyDown={onKeyDown} data-testid="case-edit">
      <Group justify="space-between" mb="sm">
        <Title order={5}>{t('edit.title')}</Title>
        <Text size="sm" c={isDirty ? 'orange' : 'teal'} data-testid="save-state">
          {isDirty
            ? t('edit.unsaved')
            : savedAt
              ? `${t('edit.saved')} · ${t('edit.savedAt', { time: savedAt })}`
              : ''}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 4 }}>
        <Select
          label={t('edit.status')}
          data-testid="status-select"
          value={draft.status}
          allowDeselect={false}
          data={CASE_STATUSES.map((v) => ({ value: v, label: t(`caseStatus.${v}`) }))}
          onChange={(v) => set('status', caseStatusSchema.catch(draft.status).parse(v))}
        />
        <Select
          label={t('edit.closingMode')}
          value={draft.closingMode}
          disabled={draft.status !== 'closed'}
          data={CLOSING_MODES.map((v) => ({ value: v, label: t(`closingMode.${v}`) }))}
          onChange={(v) => set('closingMode', closingModeSchema.nullable().catch(null).parse(v))}
          error={errors.closingMode}
        />
        <TextInput
          label={t('edit.closedOn')}
          value={draft.closedOn}
          disabled={draft.status !== 'closed'}
          onChange={(e) => set('closedOn', e.currentTarget.value)}
        />
        <NumberInput
          label={t('edit.recovered')}
          value={draft.recovered}
          decimalScale={2}
          thousandSeparator=","
          min={0}
          hideControls
          onChange={(v) => set('recovered', String(v))}
          error={errors.recovered}
          data-testid="recovered-input"
        />
      </SimpleGrid>
      <Textarea
        mt="sm"
        label={t('edit.notes')}
        autosize
        minRows={3}
        value={draft.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        data-testid="notes-input"
      />
      <Group justify="flex-end" mt="sm">
        <Text size="xs" c="dimmed">
          {t('edit.saveHint')}
        </Text>
        <Button onClick={() => void submit()} loading={isSaving} disabled={!isDirty} data-testid="save-case">
          {t('edit.save')}
        </Button>
      </Group>
    </Paper>
  );
}
