import type { VisitState } from './visitState';

/** Who takes a step: the visit's author (the officers) or the reviewer (team lead / judge). */
export type TransitionActor = 'author' | 'reviewer';

/**
 * Every allowed review step. Approval is final: the only way out of `approved` is opening an amendment
 * (`amended`), and the only way out of `amended` is the reviewer's decision on it, which returns the visit to
 * `approved` whether the amendment was accepted or rejected (the decision is kept on the amendment). There
 * is deliberately no way back to `draft`: a submitted record must leave a trail.
 */
export const VISIT_TRANSITIONS = [
  { from: 'draft', to: 'submitted', by: 'author' },
  { from: 'submitted', to: 'returned', by: 'reviewer' },
  { from: 'submitted', to: 'approved', by: 'reviewer' },
  { from: 'returned', to: 'resubmitted', by: 'author' },
  { from: 'resubmitted', to: 'returned', by: 'reviewer' },
  { from: 'resubmitted', to: 'approved', by: 'reviewer' },
  { from: 'approved', to: 'amended', by: 'author' },
  { from: 'amended', to: 'approved', by: 'reviewer' },
] as const satisfies readonly { from: VisitState; to: VisitState; by: TransitionActor }[];

export type VisitTransition = (typeof VISIT_TRANSITIONS)[number];

/** True when a visit in state `from` may move to state `to` (see VISIT_TRANSITIONS). */
export function canTransition(from: VisitState, to: VisitState): boolean {
  return VISIT_TRANSITIONS.some((t) => t.from === from && t.to === to);
}

/** The steps available from a state, for the buttons a screen offers. */
export function transitionsFrom(from: VisitState): VisitTransition[] {
  return VISIT_TRANSITIONS.filter((t) => t.from === from);
}
