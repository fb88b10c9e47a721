import { z } from 'zod';
import { jsonSchema, syncedEntitySchema } from './mutation';
import { signedHeadSchema } from './signedHead';

/**
 * Wire messages of the sync API (docs/sync-protocol.md). The server parses requests with these schemas
 * and the client parses responses with them: both sides read the same contract.
 */

/** The protocol this build speaks, and the oldest client the server still accepts. */
export const PROTOCOL_VERSION = 1;
export const MIN_PROTOCOL_VERSION = 1;
/** Version of the record shapes inside mutations (bumped when a synced entity changes shape). */
export const SCHEMA_VERSION = 1;
export const MIN_SCHEMA_VERSION = 1;

/** A push carries at most this many mutations (and at most ~2 MB, the server's body limit). */
export const MAX_PUSH_MUTATIONS = 500;
export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 2000;

const id = z.string().min(1).max(100);
const seq = z.number().int().nonnegative();

/** A bilingual message: the app shows the user's language, logs keep both. */
export const bilingualSchema = z.object({ 'zh-CN': z.string(), en: z.string() });

/** What went wrong: a stable code, a bilingual message and, for a field, its path. */
export const problemSchema = z.object({
  code: z.string(),
  message: bilingualSchema,
  path: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** Body of every non-2xx answer. */
export const errorBodySchema = z.object({ error: problemSchema });
export type ErrorBody = z.infer<typeof errorBodySchema>;

/**
 * Only the fields the server needs to place a mutation in the device's sequence are checked at the
 * batch level; everything else is checked per mutation, so one bad mutation is `rejected` (kept, reported,
 * not blocking) instead of failing the whole batch.
 */
export const pushMutationEnvelopeSchema = z.looseObject({
  clientSeq: z.number().int().positive(),
  mutationId: id,
});

/** `POST /sync/v1/push`. `mutations` are consecutive in `clientSeq`, oldest first. */
export const pushRequestSchema = z.object({
  protocolVersion: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative(),
  appVersion: z.string().max(50),
  deviceId: id,
  mutations: z.array(pushMutationEnvelopeSchema).min(1).max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const MUTATION_STATUSES = [
  'applied',
  'applied_with_conflicts',
  'duplicate',
  'rejected',
  'quarantined',
] as const;
export const mutationStatusSchema = z.enum(MUTATION_STATUSES);
export type MutationStatus = z.infer<typeof mutationStatusSchema>;

/** How each changed field of a patch fared in the three-way merge. */
export const fieldOutcomeSchema = z.object({
  applied: z.array(z.string()),
  converged: z.array(z.string()),
  conflicted: z.array(z.string()),
});
export type FieldOutcome = z.infer<typeof fieldOutcomeSchema>;

/** The outcome of one mutation as first decided (stored, and repeated for duplicates). */
export const storedResultSchema = z.object({
  mutationId: z.string(),
  clientSeq: z.number().int().positive(),
  status: z.enum(['applied', 'applied_with_conflicts', 'rejected']),
  /** Commit sequence of the push transaction that processed it (absent when rejected). */
  commitSeq: seq.optional(),
  fields: fieldOutcomeSchema.optional(),
  /** Ids of conflict records opened by this mutation. */
  conflictIds: z.array(z.string()).optional(),
  rejection: problemSchema.optional(),
});
export type StoredResult = z.infer<typeof storedResultSchema>;

/** One answer per mutation of the batch, in order. */
export const mutationResultSchema = z.discriminatedUnion('status', [
  storedResultSchema.extend({ status: z.enum(['applied', 'applied_with_conflicts', 'rejected']) }),
  z.object({
    mutationId: z.string(),
    clientSeq: z.number().int().positive(),
    status: z.literal('duplicate'),
    /** The outcome stored when this sequence number was first processed. */
    original: storedResultSchema.nullable(),
    /**
     * True when the stored mutation at this sequence number has a different mutationId: the device reused
     * a sequence number (e.g. after its database was reset). The sent mutation was NOT applied; the client
     * must give it a new sequence number.
     */
    isMismatch: z.boolean(),
  }),
  z.object({
    mutationId: z.string(),
    clientSeq: z.number().int().positive(),
    status: z.literal('quarantined'),
  }),
]);
export type MutationResult = z.infer<typeof mutationResultSchema>;

export const pushResponseSchema = z.object({
  lastProcessedClientSeq: seq,
  results: z.array(mutationResultSchema),
  /**
   * Present when the batch started beyond the next expected sequence number: processing stopped there.
   * The client resends from `expectedClientSeq`.
   */
  gap: z
    .object({
      expectedClientSeq: z.number().int().positive(),
      receivedClientSeq: z.number().int().positive(),
    })
    .optional(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** HTTP 426 body: the client is too old; the batch was stored as quarantined, nothing dropped. */
export const quarantineResponseSchema = z.object({
  error: problemSchema,
  quarantineId: z.string(),
  results: z.array(mutationResultSchema),
});
export type QuarantineResponse = z.infer<typeof quarantineResponseSchema>;

/** `POST /sync/v1/pull`: changes after `cursor` (0 = from the beginning). */
export const pullRequestSchema = z.object({
  protocolVersion: z.number().int().nonnegative().optional(),
  schemaVersion: z.number().int().nonnegative().optional(),
  deviceId: id,
  cursor: seq,
  limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

/**
 * The state of one record as of the page's cursor. `commitSeq` is the commit that last changed it: a
 * device editing this record sends it as the mutation's `baseSeq`.
 */
export const recordChangeSchema = z.object({
  entity: syncedEntitySchema,
  entityId: z.string(),
  caseId: z.string(),
  version: z.number().int().positive(),
  commitSeq: seq,
  data: z.record(z.string(), jsonSchema),
  /** Per field, the commit that last changed it. */
  fieldSeq: z.record(z.string(), seq),
  deletedAt: z.string().nullable(),
  deletedReason: z.string().nullable(),
  /**
   * The record's chain head at `version`, signed by the court server (signedHead.ts): the device keeps it
   * to detect a later rewrite of this history. Optional: servers before signed heads did not send it.
   */
  head: signedHeadSchema.optional(),
});
export type RecordChange = z.infer<typeof recordChangeSchema>;

/** Who wrote one side of a conflict, and when. */
export const conflictSideSchema = z.object({
  authorUserId: z.string().nullable(),
  deviceId: z.string().nullable(),
  mutationId: z.string().nullable(),
  /**
   * When the court server received that side's mutation, and the author's device clock then (evidence only).
   * Optional: servers before these were added did not send them; null when not known.
   */
  serverTime: z.string().nullable().optional(),
  deviceTime: z.string().nullable().optional(),
});

/**
 * A conflict kept for a person to resolve: `base` (what the device saw), `mine` (what it wrote) and
 * `theirs` (the committed value, which stays committed until someone resolves it).
 */
export const syncConflictSchema = z.object({
  id: z.string(),
  entity: syncedEntitySchema,
  entityId: z.string(),
  caseId: z.string(),
  kind: z.enum(['field', 'delete_vs_edit']),
  field: z.string(),
  base: jsonSchema,
  mine: jsonSchema,
  theirs: jsonSchema,
  mineBy: conflictSideSchema,
  theirsBy: conflictSideSchema,
  openedSeq: seq,
  openedAt: z.string(),
});
export type SyncConflict = z.infer<typeof syncConflictSchema>;

export const pullResponseSchema = z.object({
  /** Store this (with the page, in one local transaction) and send it as the next `cursor`. */
  cursor: seq,
  hasMore: z.boolean(),
  changes: z.array(recordChangeSchema),
  /**
   * The open conflicts of every record in `changes`, as of `cursor`: for each such record, replace the
   * local list of its open conflicts with these.
   */
  conflicts: z.array(syncConflictSchema),
  /** Cases this user may no longer see: purge them locally once their pending changes are pushed. */
  revoked: z.array(z.string()),
  lastProcessedClientSeq: seq,
});
export type PullResponse = z.infer<typeof pullResponseSchema>;
