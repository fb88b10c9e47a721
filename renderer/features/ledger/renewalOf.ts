import type { AssetMeasure } from '../../../shared/assets/assetMeasure';
import type { LedgerAssetClass } from '../../../shared/assets/ledgerAsset';
import { measureRenewalSchema } from '../../../shared/assets/measureRenewal';
import type { IsoDate } from '../../../shared/legalCalendar/calendarDate';
import { renewMeasure } from '../../../shared/legalCalendar/renewMeasure';
import { STATUTORY_TERMS } from '../../../shared/legalCalendar/statutoryTerms';
import { termCategoryOf } from '../../../shared/legalCalendar/termCategoryOf';
import type { Params } from '../../../shared/messages/formatMessage';

/** What the renewal dialog holds: the term as typed (a number input may be empty), the day, the notice. */
export type RenewalValues = { renewedOn: IsoDate | null; termMonths: number | ''; noticeNumber: string };

/** The dialog's fields; every refusal is shown on one of them. */
export type RenewalField = keyof RenewalValues;

export type RenewalOutcome =
  | { ok: true; measure: AssetMeasure; lastDay: IsoDate }
  | { ok: false; field: RenewalField; code: string; params?: Params };

type Renewable = { class: LedgerAssetClass; measure: AssetMeasure };

/** A fresh dialog: ordered today, for the statutory maximum of the class (the most the law allows). */
export function renewalDefaults(asset: Renewable, today: IsoDate): RenewalValues {
  return { renewedOn: today, termMonths: maxRenewalMonths(asset), noticeNumber: '' };
}

/** The statutory maximum a renewal of this asset's measure may run (民诉法解释第四百八十五条). */
export function maxRenewalMonths(asset: Pick<Renewable, 'class'>): number {
  return STATUTORY_TERMS[termCategoryOf(asset.class)].maxMonths;
}

/**
 * Checks a renewal as typed and, when the shared rule accepts it, returns the measure to write. The shape
 * is checked by the shared schema first (a real date, a whole number of months), then the legal calendar
 * (`renewMeasure`: never past the statutory term, never after lapse); each refusal names the field it
 * belongs on, so the officer sees it where they typed.
 */
export function renewalOf(asset: Renewable, values: RenewalValues): RenewalOutcome {
  const parsed = measureRenewalSchema.safeParse({
    renewedOn: values.renewedOn ?? '',
    termMonths: values.termMonths === '' ? Number.NaN : values.termMonths,
    noticeNumber: values.noticeNumber,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, field: fieldOf(String(issue.path[0])), code: issue.message };
  }
  const result = renewMeasure(asset, parsed.data);
  if (result.ok) return result;
  const { code, params } = result.error;
  const field: RenewalField = code === 'measure.renewalTermTooLong' ? 'termMonths' : 'renewedOn';
  return params ? { ok: false, field, code, params } : { ok: false, field, code };
}

function fieldOf(key: string): RenewalField {
  return key === 'termMonths' || key === 'noticeNumber' ? key : 'renewedOn';
}
