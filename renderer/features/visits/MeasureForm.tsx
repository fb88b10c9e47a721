import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Paper,
  Radio,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { formatYuan } from '../../../shared/domain/money';
import {
  detentionCautionCheck,
  type DetentionCautionContext,
} from '../../../shared/visits/detentionCautionCheck';
import {
  MAX_DETENTION_DAYS,
  type IncidentMeasure,
  type IncidentMeasureKind,
} from '../../../shared/visits/incidentMeasure';
import { measureFormSchema, type MeasureFormValues } from '../../../shared/visits/measureFormSchema';
import { useT } from '../../app/i18n/useT';
import { codeTextResolver } from '../../components/forms/codeTextResolver';
import { submitOnEnter } from '../../components/forms/submitOnEnter';
import { useCodeText } from '../../app/text/useCodeText';

const KINDS: readonly IncidentMeasureKind[] = [
  'warning',
  'order_to_leave',
  'fine',
  'detention',
  'police_referral',
  'crime_referral',
];

type Props = {
  /** What the caution check needs: value under measure, what is owed, the operating state. */
  caution: DetentionCautionContext;
  /** The respondent's legal representative, proposed as the person detained. */
  legalRepresentative: string;
  onAdd: (measure: IncidentMeasure) => void;
};

/**
 * Adds one measure to an incident. A fine is typed in yuan and kept in fen. Detaining the legal
 * representative shows the caution check (domain rule 5) and is only added with a reason and the check
 * acknowledged; the schema refuses it otherwise, and the refusal is shown here, before anything is saved.
 */
export function MeasureForm({ caution, legalRepresentative, onAdd }: Props) {
  const t = useT();
  const codeText = useCodeText();
  const form = useForm<MeasureFormValues>({
    initialValues: {
      kind: null,
      fine: '',
      subject: 'legal_representative',
      personName: legalRepresentative,
      days: 15,
      reason: '',
      acknowledged: false,
    },
    validate: codeTextResolver(measureFormSchema, codeText),
  });
  const { kind, subject, personName, reason, acknowledged } = form.values;
  // Each refusal shows on its field and, all together, under the form, where the officer looks after a click.
  const errors = [...new Set(Object.values(form.errors).filter((e) => typeof e === 'string'))];

  const add = form.onSubmit((values) => {
    const parsed = measureFormSchema.safeParse(values);
    if (!parsed.success) return; // validate() has just shown why, on the fields
    onAdd(parsed.data);
    // The person and the days stay for the next detention; what is specific to this measure goes.
    form.setValues({ kind: null, fine: '', reason: '', acknowledged: false });
  });

  const points =
    kind === 'detention' && subject === 'legal_representative'
      ? detentionCautionCheck(
          { kind: 'detention', subject, personName, days: 1, reason, cautionAcknowledged: acknowledged },
          caution,
        )
      : [];

  return (
    <Paper withBorder p="sm" data-testid="measure-form">
      <Stack gap="xs">
        <Group gap="xs" align="flex-end">
          <Select
            label={t('visits.measure.add')}
            placeholder={t('visits.measure.choose')}
            value={kind}
            data={KINDS.map((k) => ({ value: k, label: t(`visits.measure.${k}`) }))}
            onChange={(v) => {
              form.setFieldValue('kind', KINDS.find((k) => k === v) ?? null);
              form.clearErrors();
            }}
            error={form.errors.kind}
            w={220}
            data-testid="measure-kind"
          />
          {kind === 'fine' && (
            <TextInput
              label={t('visits.measure.fineAmount')}
              {...form.getInputProps('fine')}
              onKeyDown={submitOnEnter(() => add())}
              // Chosen a fine, the officer types its amount next.
              autoFocus
              w={180}
              data-testid="measure-fine"
            />
          )}
          {kind !== null && kind !== 'detention' && (
            <Button onClick={() => add()} data-testid="measure-confirm">
              {t('visits.measure.confirm')}
            </Button>
          )}
        </Group>
        {kind === 'detention' && (
          <Stack gap="xs">
            <Radio.Group
              label={t('visits.measure.detentionSubject')}
              value={subject}
              onChange={(v) => {
                const next = v === 'other' ? 'other' : 'legal_representative';
                form.setValues({
                  subject: next,
                  personName: next === 'legal_representative' ? legalRepresentative : '',
                });
              }}
            >
              <Group mt={4}>
                <Radio
                  value="legal_representative"
                  label={t('visits.measure.subjectLegalRep')}
                  data-testid="detention-legal-rep"
                />
                <Radio value="other" label={t('visits.measure.subjectOther')} />
              </Group>
            </Radio.Group>
            <Group grow>
              <TextInput
                label={t('visits.measure.personName')}
                {...form.getInputProps('personName')}
                onKeyDown={submitOnEnter(() => add())}
                data-testid="detention-person"
              />
              <NumberInput
                label={t('visits.measure.days', { max: MAX_DETENTION_DAYS })}
                {...form.getInputProps('days')}
                onKeyDown={submitOnEnter(() => add())}
                min={1}
                max={MAX_DETENTION_DAYS}
                allowDecimal={false}
                data-testid="detention-days"
              />
            </Group>
            {subject === 'legal_representative' && (
              <Alert color="orange" title={t('visits.measure.cautionTitle')} data-testid="caution-check">
                {points.length === 0 ? (
                  t('visits.measure.cautionNone')
                ) : (
                  <List size="sm" spacing={4}>
                    {points.map((p) => (
                      <List.Item key={p.code}>
                        {codeText(p.code)}
                        {p.code === 'incident.caution.propertyUnderControl' &&
                          ` (${t('visits.measure.cautionFigures', {
                            sealed: formatYuan(p.sealedValueFen),
                            outstanding: formatYuan(p.outstandingFen),
                          })})`}
                      </List.Item>
                    ))}
                  </List>
                )}
                <Checkbox
                  mt="sm"
                  label={t('visits.measure.cautionAcknowledge')}
                  {...form.getInputProps('acknowledged', { type: 'checkbox' })}
                  data-testid="caution-acknowledge"
                />
              </Alert>
            )}
            <Textarea
              label={t('visits.measure.reason')}
              description={
                subject === 'legal_representative' ? t('visits.measure.reasonRequired') : undefined
              }
              autosize
              minRows={2}
              {...form.getInputProps('reason')}
              data-testid="detention-reason"
            />
            <Group>
              <Button color="red" variant="light" onClick={() => add()} data-testid="measure-confirm">
                {t('visits.measure.confirmDetention')}
              </Button>
            </Group>
          </Stack>
        )}
        {errors.length > 0 && (
          <Alert color="red" variant="light" data-testid="measure-errors">
            {errors.join(t('visits.text.clauses'))}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
