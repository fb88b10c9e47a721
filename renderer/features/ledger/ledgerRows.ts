import type { Asset } from '../../../shared/assets/asset';
import { currentAssets } from '../../../shared/assets/currentAssets';
import { measuredValueFen } from '../../../shared/assets/measuredValueFen';
import type { Fen } from '../../../shared/domain/money';
import type { IsoDate } from '../../../shared/legalCalendar/calendarDate';
import { measureStatusOf, type MeasureStatus } from './measureStatusOf';

/** One line of the case's asset ledger. */
export type LedgerRow = {
  asset: Asset;
  status: MeasureStatus;
  /** What the measure really holds (a quota freeze its amount); null without measure or price. */
  heldFen: Fen | null;
};

const CLASS_ORDER: Record<Asset['class'], number> = {
  bank_deposit: 0,
  vehicle: 1,
  machinery: 2,
  equity: 3,
  real_estate: 4,
  land: 5,
};

/**
 * The debtor's ledger across every visit of the case: current assets only (a carried-forward machine once,
 * as its latest row), grouped by class, then by visit and row order, each with its measure's dates as of
 * `today`.
 */
export function ledgerRows(assets: readonly Asset[], today: IsoDate): LedgerRow[] {
  return currentAssets(assets)
    .map((asset) => ({
      asset,
      status: measureStatusOf(asset, today),
      heldFen: asset.measure.kind === 'none' ? null : measuredValueFen(asset),
    }))
    .sort(
      (a, b) => CLASS_ORDER[a.asset.class] - CLASS_ORDER[b.asset.class] || (a.asset.id < b.asset.id ? -1 : 1),
    );
}
