import { notifications } from '@mantine/notifications';
import type { Json } from '../../../shared/sync/mutation';
import type { ChecklistOverride } from '../../../shared/visits/checklistOverride';
import type { ReviewComment, VisitReview } from '../../../shared/visits/visitReview';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { useMutationContext } from '../../app/session/useMutationContext';
import { useWriter } from '../../app/session/writerContext';
import { newId } from '../../data/newId';
import { describeWriteError } from '../../app/errors/describeWriteError';
import { nowIso } from '../../app/time/localDateTime';
import { useCodeText } from '../../app/text/useCodeText';

/** The lead's decisions and the officer's amendments, each one local transaction, then a sync. */
export function useReviewActions() {
  const { repos, sync } = useServices();
  const ctx = useMutationContext();
  const { officer } = useWriter();
  const t = useT();
  const codeText = useCodeText();
  const fail = (key: 'review.failed' | 'amendment.failed', error: unknown) =>
    notifications.show({
      color: 'red',
      autoClose: false,
      message: t(key, { reason: describeWriteError(error, t, codeText) }),
    });

  return {
    /**
     * Approves or returns a visit. `checklistOverride` (the unmet checks and the lead's reason) goes with an
     * approval given while checks are unmet; the review screen asks for it, and the court server refuses
     * such an approval without it.
     */
    async decide(
      visitId: string,
      decision: VisitReview['decision'],
      comments: ReviewComment[],
      checklistOverride?: ChecklistOverride,
    ) {
      try {
        await repos.reviews.decide(ctx, {
          id: newId(),
          visitId,
          decision,
          reviewer: officer ?? { userId: ctx.userId, name: ctx.userId },
          reviewedAt: nowIso(),
          comments,
          ...(checklistOverride ? { checklistOverride } : {}),
        });
        notifications.show({
          color: 'teal',
          message: t(decision === 'approved' ? 'review.approved' : 'review.returned'),
        });
        sync.trigger();
        return true;
      } catch (error) {
        fail('review.failed', error);
        return false;
      }
    },

    async openAmendment(visitId: string, reason: string, proposed: Record<string, Json>) {
      try {
        await repos.reviews.openAmendment(ctx, {
          id: newId(),
          visitId,
          openedAt: nowIso(),
          reason,
          proposed,
        });
        notifications.show({ color: 'teal', message: t('amendment.saved') });
        sync.trigger();
        return true;
      } catch (error) {
        fail('amendment.failed', error);
        return false;
      }
    },

    async decideAmendment(amendmentId: string, decision: 'accepted' | 'rejected', comment: string) {
      try {
        await repos.reviews.decideAmendment(ctx, { amendmentId, decision, decidedAt: nowIso(), comment });
        notifications.show({ color: 'teal', message: t('amendment.decided') });
        sync.trigger();
        return true;
      } catch (error) {
        fail('review.failed', error);
        return false;
      }
    },
  };
}
