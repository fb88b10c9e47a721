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
import { useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { Case } from '../../../shared/domain/case';
import { caseEditFormSchema, type CaseEditValues } from '../../../shared/domain/caseEditFormSchema';
import { CASE_STATUSES, caseStatusSchema } from '../../../shared/domain/caseStatus';
import { CLOSING_MODES, closingModeSchema } from '../../../shared/domain/closingMode';
import { formatYuan } from '../../../shared/domain/money';
import { appClock } from '../../../shared/time/appClock';
import { useT } from '../../app/i18n/useT';
import { useCodeText } from '../../app/text/useCodeText';
import { codeTextResolver } from '../../components/forms/codeTextResolver';
import { saveErrorField } from './saveErrorField';
import { useCaseActions } from './useCaseActions';

function draftOf(c: Case): CaseEditValues {
  return {
    status: c.status,
    closingMode: c.closingMode,
    closedOn: c.closedOn ?? '',
    recovered: formatYuan(c.recoveredFen).replace(/,/g, ''),
    notes: c.notes,
  };
}

const isSame = (a: CaseEditValues, b: CaseEditValues) => JSON.stringify(a) === JSON.stringify(b);

/** Progress of a case: status, closing, recovered amount, notes. Enter or Ctrl+S saves. */
export function CaseEditForm({ value }: { value: Case }) {
  const t = useT();
  const codeText = useCodeText();
  const { save } = useCaseActions();
  const form = useForm<CaseEditValues>({
    initialValues: draftOf(value),
    validate: codeTextResolver(caseEditFormSchema, codeText),
  });
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  // When the case changes underneath the form (a sync brought a colleague's edit), follow it unless the
  // officer has unsaved typing: that is never thrown away.
  const shownValue = useRef(value);
  useEffect(() => {
    if (shownValue.current === value) return;
    const isUntouched = isSame(form.getValues(), draftOf(shownValue.current));
    shownValue.current = value;
    if (isUntouched) form.setValues(draftOf(value));
  }, [value, form]);
  const draft = form.values;
  const isDirty = !isSame(draft, draftOf(value));

  const submit = form.onSubmit(async (values) => {
    const parsed = caseEditFormSchema.safeParse(values);
    if (!parsed.success) return; // validate() has just shown why, on the fields
    setSaving(true);
    const outcome = await save(value.id, parsed.data);
    setSaving(false);
    if (outcome.ok) {
      form.setValues(draftOf(outcome.case));
      setSavedAt(appClock.date().toLocaleTimeString());
    } else if (outcome.codes.length > 0) {
      const errors: Record<string, string[]> = {};
      for (const code of outcome.codes) (errors[saveErrorField(code)] ??= []).push(codeText(code));
      form.setErrors(
        Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.join(t('punct.clauses'))])),
      );
    }
  });

  const onKeyDown = getHotkeyHandler([['mod+S', () => submit()]]);
  return (
    <Paper
      component="form"
      withBorder
      p="md"
      onKeyDown={onKeyDown}
      onSubmit={submit}
      noValidate
      data-testid="case-edit"
    >
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
          onChange={(v) => form.setFieldValue('status', caseStatusSchema.catch(draft.status).parse(v))}
        />
        <Select
          label={t('edit.closingMode')}
          value={draft.closingMode}
          disabled={draft.status !== 'closed'}
          data={CLOSING_MODES.map((v) => ({ value: v, label: t(`closingMode.${v}`) }))}
          onChange={(v) =>
            form.setFieldValue('closingMode', closingModeSchema.nullable().catch(null).parse(v))
          }
          error={form.errors.closingMode}
          data-testid="closing-mode-select"
        />
        <TextInput
          label={t('edit.closedOn')}
          {...form.getInputProps('closedOn')}
          disabled={draft.status !== 'closed'}
          data-testid="closed-on-input"
        />
        <NumberInput
          label={t('edit.recovered')}
          value={draft.recovered}
          decimalScale={2}
          thousandSeparator=","
          min={0}
          hideControls
          onChange={(v) => form.setFieldValue('recovered', String(v))}
          error={form.errors.recovered}
          data-testid="recovered-input"
        />
      </SimpleGrid>
      <Textarea
        mt="sm"
        label={t('edit.notes')}
        autosize
        minRows={3}
        {...form.getInputProps('notes')}
        data-testid="notes-input"
      />
      <Group justify="flex-end" mt="sm">
        <Text size="xs" c="dimmed">
          {t('edit.saveHint')}
        </Text>
        <Button type="submit" loading={isSaving} disabled={!isDirty} data-testid="save-case">
          {t('edit.save')}
        </Button>
      </Group>
    </Paper>
  );
}
