import { z } from 'zod';
import { isoDateSchema } from '../legalCalendar/calendarDate';
import { measureQueueSchema } from './measureQueue';
import { measureRenewalSchema } from './measureRenewal';

/**
 * Measures on an asset: none; live seal 活封 (sealed, the enterprise keeps using it); full seal 死封 (no use);
 * removed 扣押 (taken away, detention of a movable); quota freeze 额度冻结 (bank deposits: only the stated
 * amount is frozen and the account keeps working; a whole-account freeze is the same kind with
 * `freezeScope: 'whole_account'` and a recorded reason). A stake or a receivable is frozen as `full_seal`.
 * Which kinds apply to which asset class: `ALLOWED_MEASURES`.
 */
export const ASSET_MEASURE_KINDS = ['none', 'live_seal', 'full_seal', 'removed', 'quota_freeze'] as const;
export const assetMeasureKindSchema = z.enum(ASSET_MEASURE_KINDS);
export type AssetMeasureKind = z.infer<typeof assetMeasureKindSchema>;

/** A deposit freeze binds a stated amount (the default, rule 3) or, with a recorded reason, the whole account. */
export const FREEZE_SCOPES = ['quota', 'whole_account'] as const;
export const freezeScopeSchema = z.enum(FREEZE_SCOPES);
export type FreezeScope = z.infer<typeof freezeScopeSchema>;

/**
 * The measure on an asset with its paperwork: the seal (or freeze) notice number, the custodian 保管人, and —
 * only for a third party's property — the recorded justification without which the measure is refused.
 *
 * The dated fields (the legal calendar) are optional, not defaulted: rows stored before they existed must
 * parse unchanged, and a parse must not add fields to a record whose versions are hash-chained. Absent means
 * "not recorded": no start date, our own first seizure 首封, no renewals, a quota (not whole-account) freeze.
 */
export const assetMeasureSchema = z.object({
  kind: assetMeasureKindSchema,
  sealNoticeNumber: z.string().max(100, { error: 'text.tooLong' }),
  custodian: z.string().max(100, { error: 'text.tooLong' }),
  thirdPartyJustification: z.string().max(2000, { error: 'text.tooLong' }).nullable(),
  /**
   * The day the measure was taken (the notice served on the bank or registry, the seal put on). For a queued
   * seizure, the day it was registered in the queue; its term runs from `queue.effectiveOn` instead.
   */
  startDate: isoDateSchema.nullable().optional(),
  /** The term the court ordered, in months; absent or null means the statutory maximum (`STATUTORY_TERMS`). */
  termMonths: z
    .number({ error: 'measure.termMonthsInvalid' })
    .int({ error: 'measure.termMonthsInvalid' })
    .min(1, { error: 'measure.termMonthsInvalid' })
    .nullable()
    .optional(),
  /** Our place in the queue: the first seizure 首封, or queued 轮候 behind another court. */
  queue: measureQueueSchema.optional(),
  /** Renewals 续行查封 / 续冻, oldest first; each term follows the one before without a gap. */
  renewals: z.array(measureRenewalSchema).max(100).optional(),
  /** Deposits only: what a freeze binds. Absent means a quota freeze of `frozenAmountFen`. */
  freezeScope: freezeScopeSchema.optional(),
  /** Why a whole account is frozen rather than a stated amount; required with `whole_account`. */
  wholeAccountReason: z.string().max(2000, { error: 'text.tooLong' }).nullable().optional(),
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
