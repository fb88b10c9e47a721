import { z } from 'zod';

/**
 * Measures on an asset: none; live seal 活封 (sealed, the enterprise keeps using it); full seal 死封 (no use);
 * removed 扣押 (taken away); quota freeze 额度冻结 (bank deposits: only the claim amount is frozen and the
 * account keeps working). Which kinds apply to which asset class: `ALLOWED_MEASURES`.
 */
export const ASSET_MEASURE_KINDS = ['none', 'live_seal', 'full_seal', 'removed', 'quota_freeze'] as const;
export const assetMeasureKindSchema = z.enum(ASSET_MEASURE_KINDS);
export type AssetMeasureKind = z.infer<typeof assetMeasureKindSchema>;

/**
 * The measure on an asset with its paperwork: the seal (or freeze) notice number, the custodian 保管人, and —
 * only for a third party's property — the recorded justification without which the measure is refused.
 */
export const assetMeasureSchema = z.object({
  kind: assetMeasureKindSchema,
  sealNoticeNumber: z.string().max(100, { error: 'text.tooLong' }),
  custodian: z.string().max(100, { error: 'text.tooLong' }),
  thirdPartyJustification: z.string().max(2000, { error: 'text.tooLong' }).nullable(),
});
export type AssetMeasure = z.infer<typeof assetMeasureSchema>;

/** True when the asset is under any measure (everything except `none`). */
export function isUnderMeasure(measure: Pick<AssetMeasure, 'kind'>): boolean {
  return measure.kind !== 'none';
}

/** A measure record with nothing applied, for new assets. */
export const NO_MEASURE: Readonly<AssetMeasure> = {
  kind: 'none',
  sealNoticeNumber: '',
  custodian: '',
  thirdPartyJustification: null,
};
