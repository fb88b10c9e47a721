import { z } from 'zod';

/**
 * The result of re-checking one record's hash chain on the court server (`POST /history/v1/:entity/:id/verify`):
 * intact with the number of versions checked, or the first version whose hash or link does not hold.
 */
export const chainCheckSchema = z.discriminatedUnion('isIntact', [
  z.object({ isIntact: z.literal(true), versions: z.number().int().nonnegative() }),
  z.object({ isIntact: z.literal(false), brokenAtVersion: z.number().int().positive() }),
]);
export type ChainCheck = z.infer<typeof chainCheckSchema>;
