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
