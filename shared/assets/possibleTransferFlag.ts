import { z } from 'zod';
import { assetMeasureKindSchema } from './assetMeasure';

/**
 * A flag on the case that a machine recorded earlier was missing on a later visit: a possible concealment or
 * transfer of assets 隐匿、转移财产 (domain rule 8). It names the item as recorded, the visit it was last seen
 * on and the visit that missed it. `measureKind` says whether it was under a measure: a missing sealed machine
 * may also mean damaged seals and a refusal to enforce (拒执).
 */
export const possibleTransferFlagSchema = z.object({
  code: z.literal('asset.possibleTransfer'),
  caseId: z.string().min(1),
  assetId: z.string().min(1),
  lastSeenVisitId: z.string().min(1).nullable(),
  detectedOnVisitId: z.string().min(1),
  identity: z.object({
    name: z.string(),
    model: z.string(),
    manufacturer: z.string(),
    serialNumber: z.string(),
    quantity: z.number().int().positive(),
    unit: z.string(),
    location: z.string(),
  }),
  measureKind: assetMeasureKindSchema,
});
export type PossibleTransferFlag = z.infer<typeof possibleTransferFlagSchema>;

/** A flag as stored and synced: the finding plus its own id and the moment carry-forward raised it. */
export const storedTransferFlagSchema = possibleTransferFlagSchema.extend({
  id: z.string().min(1),
  flaggedAt: z.iso.datetime({ offset: true }),
});
export type StoredTransferFlag = z.infer<typeof storedTransferFlagSchema>;
