import { z } from 'zod';
import { officerRefSchema } from '../domain/case';
import { jsonSchema } from '../sync/mutation';
import { checklistOverrideSchema } from './checklistOverride';
import { isNotBlank } from './isNotBlank';
import type { VisitCode } from './visitMessages';

/**
 * What a review comment points at: a field of the visit (`findings`, `signature`, …) or a whole section
 * (`section:incidents`, `section:inventory`, `section:photos`, `section:general`). The officer's screen shows
 * each comment beside the field or section it names.
 */
export const reviewTargetSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^(section:)?[a-zA-Z][a-zA-Z0-9.]*$/);
export type ReviewTarget = z.infer<typeof reviewTargetSchema>;

export const REVIEW_SECTIONS = ['general', 'log', 'incidents', 'inventory', 'photos'] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];

/** Fields of the visit log a comment can be pinned to, in the order the log shows them. */
export const REVIEW_FIELDS = [
  'startedAt',
  'endedAt',
  'address',
  'coordinates',
  'officersPresent',
  'enterprisePeople',
  'operatingState',
  'workforceSeen',
  'findings',
  'signature',
] as const;

/** Every target a lead can choose: the sections, then the fields. */
export const REVIEW_TARGETS = [
  ...REVIEW_SECTIONS.map((s) => `section:${s}` as const),
  ...REVIEW_FIELDS,
] as const;
export type KnownReviewTarget = (typeof REVIEW_TARGETS)[number];

export const reviewCommentSchema = z.object({
  target: reviewTargetSchema,
  text: z.string().max(2000, { error: 'text.tooLong' }).refine(isNotBlank, { error: 'text.required' }),
});
export type ReviewComment = z.infer<typeof reviewCommentSchema>;

/**
 * One decision of the team lead on a submitted visit 审核记录: approve, or return with comments pinned to
 * fields or sections. Written once and never changed: the review history of a legal record is evidence.
 * `visitSnapshot` is the visit as the lead saw it, so a resubmission can show exactly what changed since.
 * `checklistOverride` is present on an approval given while legal-sufficiency checks were unmet (which ones,
 * and the lead's reason); decisions made before it existed, and approvals with every check met, have none.
 * The court server refuses an approval whose unmet checks it does not acknowledge.
 */
export const visitReviewSchema = z
  .object({
    id: z.string().min(1),
    visitId: z.string().min(1),
    caseId: z.string().min(1),
    decision: z.enum(['returned', 'approved']),
    reviewer: officerRefSchema,
    reviewedAt: z.iso.datetime({ offset: true, error: 'visit.datetime' satisfies VisitCode }),
    comments: z.array(reviewCommentSchema).max(200),
    visitSnapshot: z.record(z.string(), jsonSchema),
    checklistOverride: checklistOverrideSchema.optional(),
  })
  // Returning a record without saying what to fix helps nobody.
  .refine((r) => r.decision !== 'returned' || r.comments.length > 0, {
    error: 'visit.reviewCommentRequired' satisfies VisitCode,
    path: ['comments'],
  })
  // A returned record is not approved despite anything: its comments say what to fix.
  .refine((r) => r.decision === 'approved' || r.checklistOverride === undefined, {
    error: 'visit.checklistOverrideOnlyOnApproval' satisfies VisitCode,
    path: ['checklistOverride'],
  });
export type VisitReview = z.infer<typeof visitReviewSchema>;
