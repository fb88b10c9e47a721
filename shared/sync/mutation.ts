import { z } from 'zod';

/** What a mutation does (sync-protocol.md). */
export const MUTATION_OPS = ['create', 'patch', 'delete', 'restore', 'intent', 'resolveConflict'] as const;
export const mutationOpSchema = z.enum(MUTATION_OPS);
export type MutationOp = z.infer<typeof mutationOpSchema>;

/**
 * Entities that travel through sync. The site-visit records (visit, its amendments, obstruction incidents,
 * the case's asset ledger, possible-transfer flags and attachment metadata) sync like cases; attachment
 * bytes travel separately through the blob endpoints. A team lead's review decision (`visitReview`) syncs
 * the same way, so returned comments reach the officer like any other record.
 */
export const SYNCED_ENTITIES = [
  'case',
  'visit',
  'visitAmendment',
  'incident',
  'asset',
  'possibleTransferFlag',
  'attachment',
  'visitReview',
] as const;
export const syncedEntitySchema = z.enum(SYNCED_ENTITIES);
export type SyncedEntity = z.infer<typeof syncedEntitySchema>;

/** A JSON value as stored in a field change. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export const jsonSchema: z.ZodType<Json> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonSchema),
    z.record(z.string(), jsonSchema),
  ]),
);

/** Field-level change: the value the device saw (`from`) and the value it wrote (`to`). */
export const fieldChangeSchema = z.object({ from: jsonSchema, to: jsonSchema });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/**
 * One entry of the device's outbox, exactly as it is pushed. `clientSeq` is strictly +1 per device and is
 * allocated in the same local transaction that wrote the row. `baseSeq` is the server commit sequence of
 * the version the device edited (null for a record the server has never seen).
 */
export const mutationSchema = z.object({
  mutationId: z.string().uuid(),
  clientSeq: z.number().int().positive(),
  txId: z.string().uuid(),
  deviceId: z.string().min(1).max(100),
  authorUserId: z.string().min(1).max(100),
  /** Device clock at the moment of the edit: evidence only, decides nothing. */
  deviceTime: z.iso.datetime({ offset: true }),
  op: mutationOpSchema,
  entity: syncedEntitySchema,
  entityId: z.string().min(1).max(100),
  /** The case the entity belongs to: access is checked per case. */
  caseId: z.string().min(1).max(100),
  baseSeq: z.number().int().nonnegative().nullable(),
  changes: z.record(z.string(), fieldChangeSchema),
  reason: z.string().max(2000).optional(),
  /**
   * Optional SHA-256 (hex) of canonicalJson(the mutation without this field). When present the server
   * checks it and rejects a mutation damaged on the way (`mutation.checksum`).
   */
  payloadSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type Mutation = z.infer<typeof mutationSchema>;
