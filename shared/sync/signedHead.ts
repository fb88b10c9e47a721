import { z } from 'zod';
import { canonicalJson } from './canonicalJson';

/**
 * The court server's signed statement that one record's hash chain ended at `hash` (its version `version`)
 * when the server delivered it. A device keeps it with the record: if the server's chain later shows
 * another hash at that version, history was rewritten after the device received it — even when the
 * rewriter recomputed every hash, since only the server's key (kept outside its database) can sign.
 */
export const signedHeadSchema = z.object({
  version: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Which of the court's keys signed (rotation keeps old public keys, `GET /history/v1/signing-keys`). */
  keyId: z.string().min(1).max(64),
  /** Ed25519 signature of `headStatement(…)`, base64. */
  signature: z.string().min(1).max(200),
});
export type SignedHead = z.infer<typeof signedHeadSchema>;

/** What a head signature covers: the UTF-8 of this text, the same on server, app and any verifier. */
export function headStatement(head: {
  entity: string;
  entityId: string;
  version: number;
  hash: string;
}): string {
  return canonicalJson({
    kind: 'fieldwrit.head/1',
    entity: head.entity,
    entityId: head.entityId,
    version: head.version,
    hash: head.hash,
  });
}

/** One of the court's public keys, as published (`GET /history/v1/signing-keys`) and kept by devices. */
export const publicSigningKeySchema = z.object({
  keyId: z.string().min(1).max(64),
  /** Ed25519 SPKI DER, base64 (44 bytes: 60 characters; some slack for other encoders). */
  publicKey: z.string().min(1).max(200),
  createdAt: z.string().max(64),
  retiredAt: z.string().max(64).nullable(),
});
export type PublicSigningKey = z.infer<typeof publicSigningKeySchema>;

/** The answer of `GET /history/v1/signing-keys`: every key, retired ones too (old heads stay checkable). */
export const signingKeysAnswerSchema = z.object({
  currentKeyId: z.string().min(1).max(64),
  keys: z.array(publicSigningKeySchema).max(1000),
});
export type SigningKeysAnswer = z.infer<typeof signingKeysAnswerSchema>;

/**
 * A signed checkpoint: the digest of every record's chain head as of `commitSeq`, signed by the court's
 * key `keyId`. Numbered 1, 2, 3… without gaps, so a removed checkpoint is noticed too.
 */
export const checkpointSchema = z.object({
  id: z.number().int().positive(),
  commitSeq: z.number().int().nonnegative(),
  createdAt: z.string().max(64),
  headCount: z.number().int().nonnegative(),
  headsSha256: z.string().regex(/^[0-9a-f]{64}$/),
  keyId: z.string().min(1).max(64),
  signature: z.string().min(1).max(200),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

/** The answer of `GET /history/v1/checkpoint`: null before the court's first checkpoint. */
export const checkpointAnswerSchema = z.object({ checkpoint: checkpointSchema.nullable() });

/** What a checkpoint's signature covers (UTF-8 of this text). */
export function checkpointStatement(c: Omit<Checkpoint, 'keyId' | 'signature'>): string {
  return canonicalJson({
    kind: 'fieldwrit.checkpoint/1',
    id: c.id,
    commitSeq: c.commitSeq,
    createdAt: c.createdAt,
    headCount: c.headCount,
    headsSha256: c.headsSha256,
  });
}
