import { z } from 'zod';
import { checkpointSchema } from './Checkpoint';

export const CHECKPOINT_FILE_FORMAT = 'fieldwrit-checkpoint/1';

const headTupleSchema = z.tuple([
  z.string().min(1).max(100),
  z.string().min(1).max(200),
  z.number().int().positive(),
  z.string().regex(/^[0-9a-f]{64}$/),
]);

/**
 * A checkpoint exported to be kept away from the court server (`export-checkpoint`): the signed
 * checkpoint, the heads it covers (entity, id, version, hash — what names the records that changed) and
 * the public keys of the court then. `verify-history --checkpoint <file>` compares the database with it.
 */
export const checkpointFileSchema = z.object({
  format: z.literal(CHECKPOINT_FILE_FORMAT),
  exportedAt: z.string(),
  checkpoint: checkpointSchema,
  heads: z.array(headTupleSchema),
  publicKeys: z.array(
    z.object({
      keyId: z.string(),
      publicKey: z.string(),
      createdAt: z.string(),
      retiredAt: z.string().nullable(),
    }),
  ),
});
export type CheckpointFile = z.infer<typeof checkpointFileSchema>;
