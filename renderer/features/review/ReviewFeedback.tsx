import { Alert, List, Text } from '@mantine/core';
import { IconMessageExclamation } from '@tabler/icons-react';
import type { VisitReview } from '../../../shared/visits/visitReview';
import { useT } from '../../app/i18n/useT';
import { formatLocal } from '../../app/time/localDateTime';
import { useTargetLabel } from './useTargetLabel';

/**
 * The lead's comments on a returned log, at the top of the visit page. They are a synced record on the
 * device, so they stay here offline until the officer resubmits.
 */
export function ReviewFeedback({ review }: { review: VisitReview }) {
  const t = useT();
  const targetLabel = useTargetLabel();
  return (
    <Alert
      color="orange"
      icon={<IconMessageExclamation />}
      title={t('review.feedback.title', { name: review.reviewer.name, date: formatLocal(review.reviewedAt) })}
      data-testid="review-feedback"
    >
      <List size="sm" spacing={2}>
        {review.comments.map((c, i) => (
          <List.Item key={i}>
            <Text span fw={600}>
              {targetLabel(c.target)}
            </Text>
            {t('punct.colon')}
            {c.text}
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        {t('review.feedback.hint')}
      </Text>
    </Alert>
  );
}
