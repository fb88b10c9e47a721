import type { z } from 'zod';
import type { Json, Mutation, SyncedEntity } from '../../../shared/sync/mutation';
import { openConflict, resolveConflicts, supersedeOwnConflicts } from '../store/conflictStore';
import { concurrentlyChangedFields, mergeFields } from './mergeFields';
import type { FieldDecision, MergeBase } from './mergeFields';
import type { MutationContext, MutationEffect } from './MutationContext';
import { rejectionFor } from './rejectionFor';
import { stampFields, stampOf } from './MutationStamp';
import type { FieldStamps, MutationStamp } from './MutationStamp';
import { outcomeOf } from './outcome';

/** A record the pipeline can patch: its committed data and, per field, when and by whom it was written. */
export type PatchableRecord = MergeBase & { id: string; commitSeq: number };

/** The field changes of a patch, as its kind of record reads them (values parsed where the kind does). */
export type PatchChanges = Record<string, { from: Json; to: Json }>;

/** What access lets through: the record, locked, the case it belongs to and the changes to merge. */
export type PatchAccess<S extends PatchableRecord> = { current: S; caseId: string; changes: PatchChanges };

/**
 * What one kind of record (a case, a visit, an incident, …) brings to the patch pipeline: who may change
 * what, its schema and own checks, and how its next version is written. The pipeline does everything else
 * the same way for every kind.
 */
export type PatchRules<S extends PatchableRecord> = {
  entity: SyncedEntity;
  /** The schema every stored version satisfies, run over the merged record. */
  schema: z.ZodType;
  /**
   * Access: lock the record and check, before anything is merged, that the caller may make this change
   * (throws MutationRejected). Some decisions are not merges at all and are answered here instead (a
   * person deciding on a deletion, an edit that meets a deletion).
   */
  access(): Promise<PatchAccess<S> | { answer: MutationEffect }>;
  /** This kind's merge, when the field-level three-way merge of every change is not all of it. */
  merge?(current: S, changes: PatchChanges, baseSeq: number): FieldDecision[];
  /** True when a merged record the schema refuses is refused, rather than kept as conflicts. */
  isStrict?(decisions: readonly FieldDecision[]): boolean;
  /** Checks of the merged record, before anything is written (throws MutationRejected). */
  check?(current: S, next: Record<string, Json>, decisions: readonly FieldDecision[]): Promise<void>;
  /** Writes the record's next version (through the push's store); returns its next state. */
  write(
    current: S,
    next: FieldStamps & { data: Record<string, Json> },
    changed: string[],
    stamp: MutationStamp,
  ): S;
  /** What else the same commit writes once the version is written (an accepted amendment's visit). */
  afterWrite?(next: Record<string, Json>, stamp: MutationStamp): Promise<void>;
  /** Notes the record in the commit's change feed. */
  touch(current: S, written: S): void;
};

/**
 * The one patch pipeline, for cases and for every record inside a case — a field edit (`patch`) or a
 * person's decision on a conflict (`resolveConflict`):
 *
 * 1. access — the record and the caller's right to change it (the kind's rules);
 * 2. merge — the field-level three-way merge (sync-protocol.md), then the merged record against its schema:
 *    invalid alone it is refused, invalid only in combination with someone else's concurrent change the
 *    whole edit is kept as conflicts for a person to decide; then the kind's own checks;
 * 3. conflict — this device's earlier conflicts on the fields superseded, a resolution's conflicts closed,
 *    new ones opened, the committed value kept;
 * 4. write — the new version with the applied fields stamped, in the change feed.
 *
 * Every check that can refuse runs before the first write, so a refused mutation leaves nothing behind.
 */
export async function applyPatch<S extends PatchableRecord>(
  ctx: MutationContext,
  m: Mutation,
  isResolution: boolean,
  rules: PatchRules<S>,
): Promise<MutationEffect> {
  const access = await rules.access();
  if ('answer' in access) return access.answer;
  const { current, caseId, changes } = access;
  const baseSeq = m.baseSeq ?? 0;

  let decisions = rules.merge
    ? rules.merge(current, changes, baseSeq)
    : mergeFields(changes, current, baseSeq, ctx.deviceId);
  const merged: Record<string, Json> = { ...current.data };
  for (const d of decisions) if (d.outcome === 'apply') merged[d.field] = d.to;
  const checked = rules.schema.safeParse(merged);
  let next = checked.success ? (checked.data as Record<string, Json>) : null;
  if (!checked.success) {
    const hasConcurrency =
      decisions.some((d) => d.outcome === 'conflict') ||
      concurrentlyChangedFields(current, baseSeq, ctx.deviceId).length > 0;
    if (!hasConcurrency || rules.isStrict?.(decisions)) throw rejectionFor(checked.error.issues[0]!);
    // Part of the edit would combine with someone else's concurrent change into an invalid record (e.g. a
    // closing mode on a case they reopened): keep the whole edit as conflicts for a person to decide.
    decisions = decisions.map((d) => (d.outcome === 'apply' ? { ...d, outcome: 'conflict' } : d));
    next = null;
  }
  if (next !== null) await rules.check?.(current, next, decisions);

  const stamp = stampOf(ctx, m);
  const target = { entity: rules.entity, entityId: current.id };
  const fields = Object.keys(m.changes);
  await supersedeOwnConflicts(ctx.store, { ...target, fields, deviceId: ctx.deviceId }, stamp.closer);
  if (isResolution) {
    const decided = decisions.filter((d) => d.outcome !== 'conflict').map((d) => [d.field, d.to] as const);
    await resolveConflicts(ctx.store, { ...target, resolutions: Object.fromEntries(decided) }, stamp.closer);
  }
  const conflictIds: string[] = [];
  for (const d of decisions.filter((x) => x.outcome === 'conflict')) {
    conflictIds.push(
      await openConflict(ctx.store, {
        ...target,
        caseId,
        kind: 'field',
        field: d.field,
        base: d.from,
        mine: d.to,
        theirs: d.theirs,
        mineBy: stamp.writer,
        theirsBy: current.fieldWriter[d.field] ?? null,
        openedSeq: ctx.commitSeq,
        openedAt: ctx.serverTime,
      }),
    );
  }

  const applied = decisions.filter((d) => d.outcome === 'apply').map((d) => d.field);
  let written = current;
  if (applied.length > 0 && next !== null) {
    written = rules.write(current, { data: next, ...stampFields(current, applied, stamp) }, applied, stamp);
    await rules.afterWrite?.(next, stamp);
  }
  rules.touch(current, written);
  return outcomeOf(decisions, conflictIds);
}
