import { z } from 'zod';
import { canonicalJson } from '../../../shared/sync/canonicalJson';

/**
 * A signed checkpoint: the digest of every record's chain head as of `commitSeq`, signed by the court's
 * key `keyId`. Numbered 1, 2, 3… without gaps, so a removed checkpoint is noticed too.
 */
export const checkpointSchema = z.object({
  id: z.number().int().positive(),
  commitSeq: z.number().int().nonnegative(),
  createdAt: z.string(),
  headCount: z.number().int().nonnegative(),
  headsSha256: z.string().regex(/^[0-9a-f]{64}$/),
  keyId: z.string().min(1).max(64),
  signature: z.string().min(1).max(200),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

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
