import { Paper, Stack, Title } from '@mantine/core';
import type { OfficerRef } from '../../../shared/domain/case';
import type { Visit } from '../../../shared/visits/visit';
import { visitWarnings } from '../../../shared/visits/visitWarnings';
import { useT } from '../../app/i18n/useT';
import { useCodeText } from '../../app/text/useCodeText';
import { FieldCommentNote } from '../../components/review/FieldCommentNote';
import type { VisitPatch } from '../../data/repositories/visitRepository';
import { AutosavedTextField } from './AutosavedTextField';
import { OperatingStateSection } from './visitLog/OperatingStateSection';
import type { VisitLogSectionProps } from './visitLog/VisitLogSectionProps';
import { VisitPeopleSection } from './visitLog/VisitPeopleSection';
import { VisitPlaceSection } from './visitLog/VisitPlaceSection';
import { VisitSignatureSection } from './visitLog/VisitSignatureSection';
import { VisitTimesSection } from './visitLog/VisitTimesSection';

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

/**
 * The visit log: when, where, who, in what state, what was found, and the signature block. Every field is
 * autosaved (`queue`), leaving a field saves at once (`flush`); there is no save button. Each section keeps
 * its own copy of what is typed, so a save in flight never overwrites a keystroke.
 */
export function VisitLogForm({ visit, officerChoices, isReadOnly, queue, flush, comments }: Props) {
  const t = useT();
  const codeText = useCodeText();
  const warnings = visitWarnings(visit);
  const section: VisitLogSectionProps = {
    visit,
    queue,
    flush,
    note: (...fields) => <FieldCommentNote texts={fields.flatMap((f) => comments?.[f] ?? [])} />,
    warningsAt: (path) => warnings.filter((w) => w.path === path).map((w) => codeText(w.code)),
  };

  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {t('visits.log.title')}
      </Title>
      <fieldset disabled={isReadOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          <VisitTimesSection {...section} />
          <VisitPlaceSection {...section} />
          <OperatingStateSection {...section} />
          <VisitPeopleSection {...section} officerChoices={officerChoices} isReadOnly={isReadOnly} />
          <AutosavedTextField
            label={t('visits.log.findings')}
            description={t('visits.log.findingsHint')}
            minRows={4}
            defaultValue={visit.findings}
            onChange={(findings) => queue({ findings })}
            onBlur={() => void flush()}
            data-testid="visit-findings"
          />
          {section.note('findings')}
          <VisitSignatureSection {...section} isReadOnly={isReadOnly} />
        </Stack>
      </fieldset>
    </Paper>
  );
}
