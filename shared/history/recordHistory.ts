import { z } from 'zod';
import { jsonSchema, mutationOpSchema, syncedEntitySchema } from '../sync/mutation';

/** One field that differs from the previous version; `from` is null for a record's first version. */
export const historyFieldChangeSchema = z.object({
  field: z.string(),
  from: jsonSchema,
  to: jsonSchema,
});
export type HistoryFieldChange = z.infer<typeof historyFieldChangeSchema>;

/**
 * One stored version of a record, as the court server kept it in `entity_version`: who (user and device,
 * with the names they have now), when (the server's commit time, which decides order, and the device's
 * clock, which is evidence only), why (the mutation's reason, e.g. an amendment or a conflict resolution)
 * and what (each changed field from → to, computed from this version's data and the previous one's).
 */
export const historyEntrySchema = z.object({
  version: z.number().int().positive(),
  commitSeq: z.number().int().nonnegative(),
  serverTime: z.string(),
  deviceTime: z.string().nullable(),
  /** `admin`: written by the court's import or an administrator's tool, not by a device. */
  origin: z.enum(['device', 'admin']),
  /** The operation of the mutation behind the version (null for administrative writes). */
  op: mutationOpSchema.nullable(),
  mutationId: z.string().nullable(),
  author: z.object({ userId: z.string(), name: z.string() }).nullable(),
  device: z.object({ id: z.string(), name: z.string() }).nullable(),
  reason: z.string().nullable(),
  changes: z.array(historyFieldChangeSchema),
  /** The record's deletion as of this version (null: not deleted), and whether this version changed it. */
  deletion: z.object({ deletedAt: z.string(), reason: z.string().nullable() }).nullable(),
  deletionChange: z.enum(['deleted', 'restored']).nullable(),
  /** The version's hash in the record's chain, as stored (verification recomputes it). */
  hash: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

const personSchema = z.object({ userId: z.string(), name: z.string() });

/**
 * A conflict the record ever had, whatever became of it: the value the editor saw (base), the value set
 * aside (mine) and the committed one (theirs), and — once a person decided — the value chosen, by whom and
 * why. The committed history shows only values that were written; the one set aside lives here, so the
 * history shows all three.
 */
export const historyConflictSchema = z.object({
  id: z.string(),
  field: z.string(),
  kind: z.enum(['field', 'delete_vs_edit']),
  status: z.enum(['open', 'resolved', 'superseded']),
  base: jsonSchema,
  mine: jsonSchema,
  theirs: jsonSchema,
  mineBy: personSchema.extend({ deviceId: z.string() }),
  theirsBy: personSchema.nullable(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  closedBy: personSchema.nullable(),
  resolution: jsonSchema.nullable(),
  reason: z.string().nullable(),
});
export type HistoryConflict = z.infer<typeof historyConflictSchema>;

/** `GET /history/v1/:entity/:entityId`: every version of one record, oldest first, and its conflicts. */
export const recordHistorySchema = z.object({
  entity: syncedEntitySchema,
  entityId: z.string(),
  caseId: z.string(),
  versions: z.array(historyEntrySchema),
  conflicts: z.array(historyConflictSchema),
});
export type RecordHistory = z.infer<typeof recordHistorySchema>;
