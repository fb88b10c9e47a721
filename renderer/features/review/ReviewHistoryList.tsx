import { List, Paper, Text } from '@mantine/core';
import type { VisitAmendment } from '../../../shared/visits/visitAmendment';
import type { VisitReview } from '../../../shared/visits/visitReview';
import { useT } from '../../app/i18n/useT';
import { formatLocal } from '../../app/time/localDateTime';
import { useTargetLabel } from './useTargetLabel';

/**
 * Every decision on a visit and every amendment, oldest first: the record's review trail. An approval given
 * with unmet legal-sufficiency checks shows which, and the lead's reason.
 */
export function ReviewHistoryList({
  reviews,
  amendments,
}: {
  reviews: readonly VisitReview[];
  amendments: readonly VisitAmendment[];
}) {
  const t = useT();
  const targetLabel = useTargetLabel();
  if (reviews.length === 0 && amendments.length === 0) return null;
  return (
    <Paper withBorder p="sm" data-testid="review-history">
      <Text fw={600} mb={4}>
        {t('review.history.title')}
      </Text>
      <List size="sm" spacing={4}>
        {reviews.map((r) => (
          <List.Item key={r.id}>
            {t('review.history.entry', {
              date: formatLocal(r.reviewedAt),
              name: r.reviewer.name,
              decision: t(`review.decision.${r.decision}`),
            })}
            {r.checklistOverride && (
              <Text size="xs" c="orange.9" data-testid="review-override">
                {t('review.history.override', {
                  items: r.checklistOverride.unmetItems
                    .map((item) => t(`review.checklist.${item}`))
                    .join(t('review.itemSeparator')),
                  reason: r.checklistOverride.reason,
                })}
              </Text>
            )}
            {r.comments.length > 0 && (
              <List size="xs" withPadding>
                {r.comments.map((c, i) => (
                  <List.Item key={i}>
                    {targetLabel(c.target)}
                    {t('punct.colon')}
                    {c.text}
                  </List.Item>
                ))}
              </List>
            )}
          </List.Item>
        ))}
        {amendments.map((a) => (
          <List.Item key={a.id}>
            {t('amendment.entry', { date: formatLocal(a.openedAt), reason: a.reason })} ·{' '}
            {t(`amendment.decision.${a.decision}`)}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
