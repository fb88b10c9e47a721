import { useCallback } from 'react';
import { REVIEW_TARGETS, type KnownReviewTarget } from '../../../shared/visits/visitReview';
import { useT } from '../../app/i18n/useT';

/** The readable name of a comment's target (a section or a field of the log). */
export function useTargetLabel(): (target: string) => string {
  const t = useT();
  return useCallback(
    (target: string) =>
      (REVIEW_TARGETS as readonly string[]).includes(target)
        ? t(`review.target.${target as KnownReviewTarget}`)
        : target,
    [t],
  );
}
