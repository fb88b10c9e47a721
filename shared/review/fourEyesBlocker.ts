import type { FourEyesCode } from './fourEyesMessages';

/** What the four-eyes rule looks at when someone would approve or return a visit. */
export type FourEyesInput = {
  /** The user who would decide. */
  reviewerId: string;
  /** Users who recorded the visit: created it, wrote any of its content, submitted it. */
  recorderIds: readonly string[];
  /** The officers the log names as present on site. */
  officersPresent: readonly { userId: string }[];
  /** The court's setting: on unless the court turned it off explicitly. */
  isRequired: boolean;
};

/**
 * Why this reviewer may not approve or return this visit (四眼原则: the record of an on-site measure is
 * checked by someone who did not make it), or null when they may. The court server refuses the decision
 * with the code; the app uses the same rule to not offer the buttons. Recording comes before presence: it
 * is the stronger reason, and the one the lead can do nothing about.
 */
export function fourEyesBlocker(input: FourEyesInput): FourEyesCode | null {
  if (!input.isRequired) return null;
  if (input.recorderIds.includes(input.reviewerId)) return 'fourEyes.recordedByReviewer';
  if (input.officersPresent.some((o) => o.userId === input.reviewerId)) return 'fourEyes.reviewerWasPresent';
  return null;
}
