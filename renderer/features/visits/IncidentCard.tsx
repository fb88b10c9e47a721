import { ActionIcon, Badge, Group, Paper, Select, SimpleGrid, Stack, TagsInput, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { memo, useMemo, useState } from 'react';
import type { DetentionCautionContext } from '../../../shared/visits/detentionCautionCheck';
import type { Incident } from '../../../shared/visits/incident';
import type { Visit } from '../../../shared/visits/visit';
import type { Attachment } from '../../../shared/visits/attachment';
import { AttachmentPanel, type LinkChoice } from './AttachmentPanel';
import { AutosavedTextField } from './AutosavedTextField';
import { INCIDENT_KINDS, type IncidentKind } from '../../../shared/visits/incidentKind';
import type { IncidentMeasure } from '../../../shared/visits/incidentMeasure';
import { useT } from '../../app/i18n/useT';
import { PersonRowsInput } from '../../components/visits/PersonRowsInput';
import { SaveStateText } from '../../components/visits/SaveStateText';
import { newId } from '../../data/newId';
import { HistoryDrawerButton } from '../history/HistoryDrawerButton';
import type { IncidentPatch } from '../../data/repositories/incidentRepository';
import { describeWriteError } from '../../app/errors/describeWriteError';
import { LocalDateTimeField } from '../../app/forms/LocalDateTimeField';
import { MeasureForm } from './MeasureForm';
import { useAutosave } from './useAutosave';
import { useCodeText } from '../../app/text/useCodeText';
import { useIncidentActions } from './useIncidentActions';
import { useMeasureText } from '../../app/text/useMeasureText';
import { useSaveStateText } from './useSaveStateText';
import { peopleFromRows, type PersonRow } from './visitFormValues';
import { usePersonRowsLabels } from './usePersonRowsLabels';

type Props = {
  incident: Incident;
  index: number;
  isReadOnly: boolean;
  caution: DetentionCautionContext;
  legalRepresentative: string;
  visit: Visit;
  /** This incident's photos and files. */
  attachments: readonly Attachment[];
  /** The label of this incident in link lists ("妨害行为 1 · 聚众围堵"). */
  label: string;
};

/** One obstruction incident, edited in place and autosaved like the visit log. Memoised per incident. */
export const IncidentCard = memo(function IncidentCard({
  incident,
  index,
  isReadOnly,
  caution,
  legalRepresentative,
  visit,
  attachments,
  label,
}: Props) {
  const t = useT();
  const personLabels = usePersonRowsLabels();
  const codeText = useCodeText();
  const measureText = useMeasureText();
  const actions = useIncidentActions();
  const { status, queue, flush } = useAutosave<IncidentPatch>(
    (patch) => actions.save(incident.id, patch),
    (error) => describeWriteError(error, t, codeText),
  );
  const saveText = useSaveStateText(status);
  const [occurredAt, setOccurredAt] = useState(incident.occurredAt);
  const [persons, setPersons] = useState<PersonRow[]>(() =>
    incident.persons.map((p) => ({ key: newId(), name: p.name, role: p.role })),
  );
  const [measures, setMeasures] = useState<IncidentMeasure[]>(incident.measures);
  const [bodies, setBodies] = useState<string[]>(incident.assistingBodies);
  const blur = () => void flush();
  const choices = useMemo<LinkChoice[]>(
    () => [{ entity: 'incident', entityId: incident.id, label }],
    [incident.id, label],
  );

  function changeMeasures(next: IncidentMeasure[]) {
    setMeasures(next);
    queue({ measures: next });
    void flush();
  }

  return (
    <Paper withBorder p="md" data-testid="incident-card">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Badge color="red" variant="light">
            {t('visits.incident.number', { n: index + 1 })}
          </Badge>
          <Text fw={600}>{t(`visits.incidentKind.${incident.kind}`)}</Text>
        </Group>
        <Group gap="xs">
          <SaveStateText kind={status.kind} text={saveText} />
          <HistoryDrawerButton entity="incident" entityId={incident.id} />
        </Group>
      </Group>
      <fieldset disabled={isReadOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Select
              label={t('visits.incident.kind')}
              value={incident.kind}
              allowDeselect={false}
              data={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`visits.incidentKind.${k}`) }))}
              onChange={(v) => {
                const kind = INCIDENT_KINDS.find((k) => k === v);
                if (kind) {
                  queue({ kind: kind satisfies IncidentKind });
                  void flush();
                }
              }}
              data-testid="incident-kind"
            />
            <LocalDateTimeField
              label={t('visits.incident.occurredAt')}
              value={occurredAt}
              onChange={(iso) => {
                // Not clearable: the field reports only times.
                if (iso === null) return;
                setOccurredAt(iso);
                queue({ occurredAt: iso });
              }}
              onBlur={blur}
              invalidText={codeText('visit.datetime')}
              data-testid="incident-occurred-at"
            />
            <AutosavedTextField
              label={t('visits.incident.place')}
              defaultValue={incident.place}
              onChange={(place) => queue({ place })}
              onBlur={blur}
              data-testid="incident-place"
            />
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('visits.incident.persons')}
            </Text>
            <PersonRowsInput
              rows={persons}
              onChange={(rows) => {
                setPersons(rows);
                queue({ persons: peopleFromRows(rows).people });
              }}
              onBlur={blur}
              onAdd={() => setPersons((rows) => [...rows, { key: newId(), name: '', role: '' }])}
              unnamedRowKeys={peopleFromRows(persons).unnamedRowKeys}
              roleSuggestions={[t('visits.role.legalRep'), t('visits.role.manager'), t('visits.role.worker')]}
              isReadOnly={isReadOnly}
              testId="incident-persons"
              labels={personLabels}
            />
          </Stack>
          <AutosavedTextField
            label={t('visits.incident.description')}
            minRows={2}
            defaultValue={incident.description}
            onChange={(description) => queue({ description })}
            onBlur={blur}
            data-testid="incident-description"
          />
          <AutosavedTextField
            label={t('visits.incident.evidence')}
            minRows={1}
            defaultValue={incident.evidence}
            onChange={(evidence) => queue({ evidence })}
            onBlur={blur}
            data-testid="incident-evidence"
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('visits.incident.measures')}
            </Text>
            {measures.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('visits.incident.noMeasures')}
              </Text>
            ) : (
              <Stack gap={4}>
                {measures.map((m, i) => (
                  <Group key={i} gap="xs" wrap="nowrap" data-testid="incident-measure">
                    <Text size="sm">• {measureText(m)}</Text>
                    {!isReadOnly && (
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        color="gray"
                        aria-label={t('visits.measure.remove')}
                        onClick={() => changeMeasures(measures.filter((_, j) => j !== i))}
                      >
                        <IconX size={14} />
                      </ActionIcon>
                    )}
                  </Group>
                ))}
              </Stack>
            )}
            {!isReadOnly && (
              <MeasureForm
                caution={caution}
                legalRepresentative={legalRepresentative}
                onAdd={(m) => changeMeasures([...measures, m])}
              />
            )}
          </Stack>
          <TagsInput
            label={t('visits.incident.assistingBodies')}
            description={t('visits.incident.assistingBodiesHint')}
            value={bodies}
            onChange={(v) => {
              setBodies(v);
              queue({ assistingBodies: v.filter((b) => b.trim() !== '') });
              void flush();
            }}
            data-testid="incident-bodies"
          />
          <AttachmentPanel
            visit={visit}
            attachments={attachments}
            choices={choices}
            isReadOnly={isReadOnly}
            testId="incident-photos"
          />
        </Stack>
      </fieldset>
    </Paper>
  );
});
