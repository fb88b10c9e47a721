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
import { useState } from 'react';
import { formatYuan, parseYuan } from '../../../shared/domain/money';
import {
  detentionCautionCheck,
  type DetentionCautionContext,
} from '../../../shared/visits/detentionCautionCheck';
import {
  incidentMeasureSchema,
  MAX_DETENTION_DAYS,
  type IncidentMeasure,
  type IncidentMeasureKind,
} from '../../../shared/visits/incidentMeasure';
import { useT } from '../../app/i18n/useT';
import { useCodeText } from './useCodeText';

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
  const [kind, setKind] = useState<IncidentMeasureKind | null>(null);
  const [fine, setFine] = useState('');
  const [subject, setSubject] = useState<'legal_representative' | 'other'>('legal_representative');
  const [personName, setPersonName] = useState(legalRepresentative);
  const [days, setDays] = useState<number | string>(15);
  const [reason, setReason] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  function candidate(): { ok: true; measure: IncidentMeasure } | { ok: false; errors: string[] } {
    if (kind === null) return { ok: false, errors: [] };
    let raw: unknown = { kind };
    if (kind === 'fine') {
      const money = parseYuan(fine);
      if (!money.ok) return { ok: false, errors: [codeText(money.code)] };
      raw = { kind, amountFen: money.value };
    }
    if (kind === 'detention') {
      raw = { kind, subject, personName, days: Number(days), reason, cautionAcknowledged: acknowledged };
    }
    const parsed = incidentMeasureSchema.safeParse(raw);
    if (!parsed.success)
      return { ok: false, errors: [...new Set(parsed.error.issues.map((i) => codeText(i.message)))] };
    return { ok: true, measure: parsed.data };
  }

  function add() {
    const c = candidate();
    if (!c.ok) return setErrors(c.errors);
    onAdd(c.measure);
    setErrors([]);
    setKind(null);
    setFine('');
    setReason('');
    setAcknowledged(false);
  }

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
              setKind(KINDS.find((k) => k === v) ?? null);
              setErrors([]);
            }}
            w={220}
            data-testid="measure-kind"
          />
          {kind === 'fine' && (
            <TextInput
              label={t('visits.measure.fineAmount')}
              value={fine}
              onChange={(e) => setFine(e.currentTarget.value)}
              w={180}
              data-testid="measure-fine"
            />
          )}
          {kind !== null && kind !== 'detention' && (
            <Button onClick={add} data-testid="measure-confirm">
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
                setSubject(next);
                setPersonName(next === 'legal_representative' ? legalRepresentative : '');
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
                value={personName}
                onChange={(e) => setPersonName(e.currentTarget.value)}
                data-testid="detention-person"
              />
              <NumberInput
                label={t('visits.measure.days', { max: MAX_DETENTION_DAYS })}
                value={days}
                min={1}
                max={MAX_DETENTION_DAYS}
                allowDecimal={false}
                onChange={setDays}
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
                  checked={acknowledged}
                  onChange={(e) => setAcknowledged(e.currentTarget.checked)}
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
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              data-testid="detention-reason"
            />
            <Group>
              <Button color="red" variant="light" onClick={add} data-testid="measure-confirm">
                {t('visits.measure.confirmDetention')}
              </Button>
            </Group>
          </Stack>
        )}
        {errors.length > 0 && (
          <Alert color="red" variant="light" data-testid="measure-errors">
            {errors.join('；')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
