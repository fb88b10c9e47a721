import type { FieldDecision } from './mergeFields';
import type { MutationEffect } from './MutationContext';

/**
 * The answer for an accepted mutation, from what happened to its fields. A handler that may open conflicts
 * passes their ids (an empty list too: the answer then carries `conflictIds: []`, as patches always did);
 * the status says whether any was opened.
 */
export function outcome(
  fields: { applied?: readonly string[]; converged?: readonly string[]; conflicted?: readonly string[] },
  conflictIds?: string[],
): MutationEffect {
  const status = conflictIds !== undefined && conflictIds.length > 0 ? 'applied_with_conflicts' : 'applied';
  const outcomes = {
    applied: [...(fields.applied ?? [])],
    converged: [...(fields.converged ?? [])],
    conflicted: [...(fields.conflicted ?? [])],
  };
  return conflictIds === undefined ? { status, fields: outcomes } : { status, fields: outcomes, conflictIds };
}

/** The answer of a merge: each field applied, converged or kept as a conflict. */
export function outcomeOf(decisions: readonly FieldDecision[], conflictIds: string[]): MutationEffect {
  const fieldsWith = (o: FieldDecision['outcome']) =>
    decisions.filter((d) => d.outcome === o).map((d) => d.field);
  return outcome(
    { applied: fieldsWith('apply'), converged: fieldsWith('converged'), conflicted: fieldsWith('conflict') },
    conflictIds,
  );
}
