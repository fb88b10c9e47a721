import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { OfficerRef } from '../../../../shared/domain/case';
import { useT } from '../../../app/i18n/useT';
import { PersonRowsInput } from '../../../components/visits/PersonRowsInput';
import { newId } from '../../../data/newId';
import { OfficersPresentInput } from '../OfficersPresentInput';
import { peopleFromRows, type PersonRow } from '../visitFormValues';
import type { VisitLogSectionProps } from './VisitLogSectionProps';
import { usePersonRowsLabels } from '../usePersonRowsLabels';

type Props = VisitLogSectionProps & {
  /** Officers who may be ticked as present: the case's officers and the one on this device. */
  officerChoices: readonly OfficerRef[];
  isReadOnly: boolean;
};

const ROLE_SUGGESTIONS_KEYS = ['legalRep', 'manager', 'finance', 'worker', 'guard'] as const;

/** Who was there: the officers present and the enterprise's people met on site. */
export function VisitPeopleSection({
  visit,
  queue,
  flush,
  note,
  warningsAt,
  officerChoices,
  isReadOnly,
}: Props) {
  const t = useT();
  const personLabels = usePersonRowsLabels();
  const [officers, setOfficers] = useState<OfficerRef[]>(visit.officersPresent);
  const [people, setPeople] = useState<PersonRow[]>(() =>
    visit.enterprisePeople.map((p) => ({ key: newId(), name: p.name, role: p.role })),
  );

  function changePeople(rows: PersonRow[]) {
    setPeople(rows);
    queue({ enterprisePeople: peopleFromRows(rows).people });
  }

  return (
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
        {warningsAt('officersPresent').map((w) => (
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
          onBlur={() => void flush()}
          onAdd={() => setPeople((rows) => [...rows, { key: newId(), name: '', role: '' }])}
          unnamedRowKeys={peopleFromRows(people).unnamedRowKeys}
          roleSuggestions={ROLE_SUGGESTIONS_KEYS.map((k) => t(`visits.role.${k}`))}
          isReadOnly={isReadOnly}
          testId="enterprise-people"
          labels={personLabels}
        />
        {note('enterprisePeople')}
        {warningsAt('enterprisePeople').map((w) => (
          <Text key={w} size="sm" c="orange">
            {w}
          </Text>
        ))}
      </Stack>
    </SimpleGrid>
  );
}
