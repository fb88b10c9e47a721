import { Group, Radio } from '@mantine/core';
import { useState } from 'react';
import { OPERATING_STATES } from '../../../../shared/visits/operatingState';
import { useT } from '../../../app/i18n/useT';
import type { VisitLogSectionProps } from './VisitLogSectionProps';

/** Whether the respondent's business was running, partly or wholly stopped, or abandoned, as found. */
export function OperatingStateSection({ visit, queue, flush, note }: VisitLogSectionProps) {
  const t = useT();
  const [operatingState, setOperatingState] = useState(visit.operatingState);
  return (
    <>
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
            <Radio key={s} value={s} label={t(`visits.operatingState.${s}`)} data-testid={`operating-${s}`} />
          ))}
        </Group>
      </Radio.Group>
      {note('operatingState')}
    </>
  );
}
