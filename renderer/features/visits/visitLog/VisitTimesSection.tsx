import { Button, Group, NumberInput, SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import { LocalDateTimeField } from '../../../app/forms/LocalDateTimeField';
import { useT } from '../../../app/i18n/useT';
import { useCodeText } from '../../../app/text/useCodeText';
import { nowIso } from '../../../app/time/localDateTime';
import { workforceFromText } from '../visitFormValues';
import type { VisitLogSectionProps } from './VisitLogSectionProps';

/** When the visit began and ended, and how many staff were on site. */
export function VisitTimesSection({ visit, queue, flush, note }: VisitLogSectionProps) {
  const t = useT();
  const codeText = useCodeText();
  const [startedAt, setStartedAt] = useState(visit.startedAt);
  const [endedAt, setEndedAt] = useState(visit.endedAt);
  const [workforce, setWorkforce] = useState(visit.workforceSeen === null ? '' : String(visit.workforceSeen));
  const [workforceError, setWorkforceError] = useState<string | undefined>();
  const blur = () => void flush();

  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <LocalDateTimeField
          label={t('visits.log.startedAt')}
          value={startedAt}
          onChange={(iso) => {
            // Not clearable: the field reports only times.
            if (iso === null) return;
            setStartedAt(iso);
            queue({ startedAt: iso });
          }}
          onBlur={blur}
          invalidText={codeText('visit.datetime')}
          data-testid="visit-started-at"
        />
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <LocalDateTimeField
            label={t('visits.log.endedAt')}
            value={endedAt}
            isClearable
            onChange={(iso) => {
              setEndedAt(iso);
              queue({ endedAt: iso });
            }}
            onBlur={blur}
            invalidText={codeText('visit.datetime')}
            style={{ flex: 1 }}
            data-testid="visit-ended-at"
          />
          <Button
            variant="light"
            onClick={() => {
              // The exact instant, not the minute the field shows: a visit ended in the minute it
              // started must not read as ending before it began.
              const now = nowIso();
              setEndedAt(now);
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
            if (n === undefined) return setWorkforceError(codeText('visit.workforceInvalid'));
            setWorkforceError(undefined);
            queue({ workforceSeen: n });
          }}
          onBlur={blur}
          error={workforceError}
          data-testid="visit-workforce"
        />
      </SimpleGrid>
      {note('startedAt', 'endedAt', 'workforceSeen')}
    </>
  );
}
