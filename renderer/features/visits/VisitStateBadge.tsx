import { Badge } from '@mantine/core';
import type { VisitState } from '../../../shared/visits/visitState';
import { useT } from '../../app/i18n/useT';

const COLOR: Record<VisitState, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  resubmitted: 'blue',
  approved: 'teal',
  amended: 'grape',
};

/** The review state of a visit as a coloured badge. */
export function VisitStateBadge({ state }: { state: VisitState }) {
  const t = useT();
  return (
    <Badge color={COLOR[state]} variant="light" data-testid="visit-state">
      {t(`visits.state.${state}`)}
    </Badge>
  );
}
