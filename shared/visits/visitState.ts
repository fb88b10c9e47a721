import { z } from 'zod';

/**
 * Review states of a visit log 现场调查笔录:
 * - `draft`: being written by the officers;
 * - `submitted`: sent to the team lead, locked while in review;
 * - `returned`: sent back with comments, editable again;
 * - `resubmitted`: corrected and sent back for review, locked;
 * - `approved`: a legal record — never edited silently again;
 * - `amended`: an approved record with an amendment 补正 awaiting review. The approved content stays as it
 *   was; the proposed changes live in a `VisitAmendment` until the reviewer decides.
 */
export const VISIT_STATES = ['draft', 'submitted', 'returned', 'resubmitted', 'approved', 'amended'] as const;
export const visitStateSchema = z.enum(VISIT_STATES);
export type VisitState = z.infer<typeof visitStateSchema>;
