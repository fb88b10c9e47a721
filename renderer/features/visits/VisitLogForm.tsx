import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCurrentLocation } from '@tabler/icons-react';
import { useState } from 'react';
import type { OfficerRef } from '../../../shared/domain/case';
import { OPERATING_STATES } from '../../../shared/visits/operatingState';
import type { Visit, VisitSignature } from '../../../shared/visits/visit';
import { visitWarnings } from '../../../shared/visits/visitWarnings';
import { useT } from '../../app/i18n/useT';
import { FieldCommentNote } from '../../components/review/FieldCommentNote';
import { PersonRowsInput } from '../../components/visits/PersonRowsInput';
import { newId } from '../../data/newId';
import type { VisitPatch } from '../../data/repositories/visitRepository';
import { fromLocalInput, nowIso, toLocalInput } from './localDateTime';
import { OfficersPresentInput } from './OfficersPresentInput';
import { useCodeText } from './useCodeText';
import { useGeolocation } from './useGeolocation';
import { coordinatesFromText, peopleFromRows, workforceFromText, type PersonRow } from './visitFormValues';

type Props = {
  visit: Visit;
  /** Officers who may be ticked as present: the case's officers and the one on this device. */
  officerChoices: readonly OfficerRef[];
  isReadOnly: boolean;
  queue: (patch: VisitPatch) => void;
  flush: () => Promise<void>;
  /** The team lead's comments on a returned log, by field: shown beside the field they point at. */
  comments?: Partial<Record<string, readonly string[]>>;
};

const ROLE_SUGGESTIONS_KEYS = ['legalRep', 'manager', 'finance', 'worker', 'guard'] as const;

/**
 * The visit log: when, where, who, in what state, what was found, and the signature block. Every field is
 * autosaved (`queue`), leaving a field saves at once (`flush`); there is no save button. The form keeps its
 * own copy of what is typed, so a save in flight never overwrites a keystroke.
 */
export function VisitLogForm({ visit, officerChoices, isReadOnly, queue, flush, comments }: Props) {
  const t = useT();
  const codeText = useCodeText();
  const [startedAt, setStartedAt] = useState(toLocalInput(visit.startedAt));
  const [endedAt, setEndedAt] = useState(toLocalInput(visit.endedAt));
  const [address, setAddress] = useState(visit.address);
  const [lat, setLat] = useState(visit.coordinates ? String(visit.coordinates.lat) : '');
  const [lng, setLng] = useState(visit.coordinates ? String(visit.coordinates.lng) : '');
  const [accuracy, setAccuracy] = useState(visit.coordinates?.accuracyM);
  const [workforce, setWorkforce] = useState(visit.workforceSeen === null ? '' : String(visit.workforceSeen));
  const [findings, setFindings] = useState(visit.findings);
  const [operatingState, setOperatingState] = useState(visit.operatingState);
  const [officers, setOfficers] = useState<OfficerRef[]>(visit.officersPresent);
  const [people, setPeople] = useState<PersonRow[]>(() =>
    visit.enterprisePeople.map((p) => ({ key: newId(), name: p.name, role: p.role })),
  );
  const [signature, setSignature] = useState<VisitSignature>(visit.signature);
  const [errors, setErrors] = useState<
    Partial<Record<'startedAt' | 'endedAt' | 'coordinates' | 'workforce', string>>
  >({});
  const geolocation = useGeolocation();

  const setError = (field: keyof typeof errors, message: string | undefined) =>
    setErrors((e) => ({ ...e, [field]: message }));

  function changeTime(field: 'startedAt' | 'endedAt', value: string) {
    (field === 'startedAt' ? setStartedAt : setEndedAt)(value);
    if (field === 'endedAt' && value === '') {
      setError(field, undefined);
      queue({ endedAt: null });
      return;
    }
    const iso = fromLocalInput(value);
    if (iso === null) return setError(field, codeText('visit.datetime'));
    setError(field, undefined);
    queue({ [field]: iso });
  }

  function changeCoordinates(nextLat: string, nextLng: string) {
    setLat(nextLat);
    setLng(nextLng);
    setAccuracy(undefined);
    const parsed = coordinatesFromText(nextLat, nextLng);
    if (!parsed.ok) return setError('coordinates', t('visits.log.coordinatesInvalid'));
    setError('coordinates', undefined);
    queue({ coordinates: parsed.value });
  }

  async function locate() {
    const fix = await geolocation.locate();
    if (!fix) return;
    setLat(String(fix.lat));
    setLng(String(fix.lng));
    setAccuracy(fix.accuracyM);
    setError('coordinates', undefined);
    queue({ coordinates: fix });
    void flush();
  }

  function changePeople(rows: PersonRow[]) {
    setPeople(rows);
    queue({ enterprisePeople: peopleFromRows(rows).people });
  }

  function changeSignature(next: VisitSignature) {
    setSignature(next);
    queue({ signature: next });
  }

  const unnamed = peopleFromRows(people).unnamedRowKeys;
  const warnings = visitWarnings(visit);
  const warningAt = (path: string) => warnings.filter((w) => w.path === path).map((w) => codeText(w.code));
  const blur = () => void flush();
  const note = (...fields: string[]) => (
    <FieldCommentNote texts={fields.flatMap((f) => comments?.[f] ?? [])} />
  );

  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {t('visits.log.title')}
      </Title>
      <fieldset disabled={isReadOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput
              type="datetime-local"
              label={t('visits.log.startedAt')}
              value={startedAt}
              onChange={(e) => changeTime('startedAt', e.currentTarget.value)}
              onBlur={blur}
              error={errors.startedAt}
              data-testid="visit-started-at"
            />
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                type="datetime-local"
                label={t('visits.log.endedAt')}
                value={endedAt}
                onChange={(e) => changeTime('endedAt', e.currentTarget.value)}
                onBlur={blur}
                error={errors.endedAt}
                style={{ flex: 1 }}
                data-testid="visit-ended-at"
              />
              <Button
                variant="light"
                onClick={() => {
                  // The exact instant, not the minute the input shows: a visit ended in the minute it
                  // started must not read as ending before it began.
                  const now = nowIso();
                  setEndedAt(toLocalInput(now));
                  setError('endedAt', undefined);
                  queue({ endedAt: now });
                  void flush();
                }}
                data-testid="visit-end-now"
              >
                {t('visits.log.endNow')}
              </Button>
            </Group>
            <NumberInput
              label={t('visits.log.workforce')}
              value={workforce}
              allowDecimal={false}
              allowNegative={false}
              hideControls
              onChange={(v) => {
                const text = String(v);
                setWorkforce(text);
                const n = workforceFromText(text);
                if (n === undefined) return setError('workforce', codeText('visit.workforceInvalid'));
                setError('workforce', undefined);
                queue({ workforceSeen: n });
              }}
              onBlur={blur}
              error={errors.workforce}
              data-testid="visit-workforce"
            />
          </SimpleGrid>
          {note('startedAt', 'endedAt', 'workforceSeen')}
          <TextInput
            label={t('visits.log.address')}
            description={t('visits.log.addressHint')}
            value={address}
            onChange={(e) => {
              setAddress(e.currentTarget.value);
              queue({ address: e.currentTarget.value });
            }}
            onBlur={blur}
            data-testid="visit-address"
          />
          {note('address', 'coordinates')}
          <Group gap="xs" align="flex-end">
            <TextInput
              label={t('visits.log.latitude')}
              value={lat}
              onChange={(e) => changeCoordinates(e.currentTarget.value, lng)}
              onBlur={blur}
              error={errors.coordinates}
              w={160}
              data-testid="visit-lat"
            />
            <TextInput
              label={t('visits.log.longitude')}
              value={lng}
              onChange={(e) => changeCoordinates(lat, e.currentTarget.value)}
              onBlur={blur}
              w={160}
              data-testid="visit-lng"
            />
            <Button
              variant="light"
              leftSection={<IconCurrentLocation size={16} />}
              onClick={() => void locate()}
              loading={geolocation.isLocating}
              disabled={!geolocation.isAvailable}
            >
              {t('visits.log.locate')}
            </Button>
            <Text size="xs" c="dimmed" pb={8}>
              {geolocation.failure
                ? t(geolocation.failure)
                : accuracy !== undefined
                  ? t('visits.log.accuracy', { metres: Math.round(accuracy) })
                  : visit.coordinates
                    ? t(visit.coordinates.source === 'device' ? 'visits.log.fromDevice' : 'visits.log.typed')
                    : ''}
            </Text>
          </Group>
          {warningAt('coordinates').map((w) => (
            <Text key={w} size="sm" c="orange">
              {w}
            </Text>
          ))}
          <Radio.Group
            label={t('visits.log.operatingState')}
            value={operatingState ?? ''}
            onChange={(v) => {
              const state = OPERATING_STATES.find((s) => s === v) ?? null;
              setOperatingState(state);
              queue({ operatingState: state });
              void flush();
            }}
          >
            <Group mt={6}>
              {OPERATING_STATES.map((s) => (
                <Radio
                  key={s}
                  value={s}
                  label={t(`visits.operatingState.${s}`)}
                  data-testid={`operating-${s}`}
                />
              ))}
            </Group>
          </Radio.Group>
          {note('operatingState')}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                {t('visits.log.officersPresent')}
              </Text>
              <OfficersPresentInput
                value={officers}
                choices={officerChoices}
                isReadOnly={isReadOnly}
                onChange={(next) => {
                  setOfficers(next);
                  queue({ officersPresent: next });
                  void flush();
                }}
              />
              {note('officersPresent')}
              {warningAt('officersPresent').map((w) => (
                <Alert key={w} color="orange" variant="light" py={6} data-testid="warning-officers">
                  {w}
                </Alert>
              ))}
            </Stack>
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                {t('visits.log.enterprisePeople')}
              </Text>
              <PersonRowsInput
                rows={people}
                onChange={changePeople}
                onBlur={blur}
                onAdd={() => setPeople((rows) => [...rows, { key: newId(), name: '', role: '' }])}
                unnamedRowKeys={unnamed}
                roleSuggestions={ROLE_SUGGESTIONS_KEYS.map((k) => t(`visits.role.${k}`))}
                isReadOnly={isReadOnly}
                testId="enterprise-people"
                labels={{
                  name: t('visits.person.name'),
                  role: t('visits.person.role'),
                  add: t('visits.person.add'),
                  remove: t('visits.person.remove'),
                  nameRequired: t('visits.person.nameRequired'),
                }}
              />
              {note('enterprisePeople')}
              {warningAt('enterprisePeople').map((w) => (
                <Text key={w} size="sm" c="orange">
                  {w}
                </Text>
              ))}
            </Stack>
          </SimpleGrid>
          <Textarea
            label={t('visits.log.findings')}
            description={t('visits.log.findingsHint')}
            autosize
            minRows={4}
            value={findings}
            onChange={(e) => {
              setFindings(e.currentTarget.value);
              queue({ findings: e.currentTarget.value });
            }}
            onBlur={blur}
            data-testid="visit-findings"
          />
          {note('findings')}
          <Paper withBorder p="sm" bg="gray.0">
            <Text size="sm" fw={500} mb={6}>
              {t('visits.signature.title')}
            </Text>
            <Group align="flex-start" grow>
              <TextInput
                label={t('visits.signature.signedBy')}
                value={signature.signedBy ?? ''}
                disabled={isReadOnly || signature.refusedToSign}
                onChange={(e) =>
                  changeSignature({
                    ...signature,
                    signedBy: e.currentTarget.value.trim() === '' ? null : e.currentTarget.value,
                  })
                }
                onBlur={blur}
                data-testid="visit-signed-by"
              />
              <Stack gap={6}>
                <Checkbox
                  label={t('visits.signature.refused')}
                  checked={signature.refusedToSign}
                  onChange={(e) => {
                    changeSignature({ ...signature, refusedToSign: e.currentTarget.checked, signedBy: null });
                    void flush();
                  }}
                  data-testid="visit-refused"
                />
                {signature.refusedToSign && (
                  <Textarea
                    label={t('visits.signature.refusalNote')}
                    autosize
                    minRows={2}
                    value={signature.refusalNote}
                    onChange={(e) => changeSignature({ ...signature, refusalNote: e.currentTarget.value })}
                    onBlur={blur}
                    data-testid="visit-refusal-note"
                  />
                )}
              </Stack>
            </Group>
            {note('signature')}
            {[...warningAt('signature'), ...warningAt('signature.refusalNote')].map((w) => (
              <Text key={w} size="sm" c="orange" mt={4}>
                {w}
              </Text>
            ))}
          </Paper>
        </Stack>
      </fieldset>
    </Paper>
  );
}
