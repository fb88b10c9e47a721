import type { Fen } from '../domain/money';
import { assert } from '../util/assert';
import { currentAssets } from './currentAssets';
import type { LedgerAsset } from './ledgerAsset';
import { daysFromTo, type IsoDate } from '../legalCalendar/calendarDate';
import { measureTerm } from '../legalCalendar/measureTerm';
import { measuredValueFen } from './measuredValueFen';

/** ok below 90% of the outstanding claim, approaching from 90% up to and including 100%, exceeded above. */
export type OverSeizureLevel = 'ok' | 'approaching' | 'exceeded';

/** The over-seizure meter's reading (domain rule 3). All amounts are integer fen. */
export type OverSeizureMeter = {
  /** Sum of the measured value of every current asset of the case under a measure. */
  valueUnderMeasureFen: Fen;
  outstandingFen: Fen;
  /**
   * value ÷ outstanding in basis points (10000 = 100%), rounded down, computed in integers and capped at
   * MAX_RATIO_BP; null when nothing is outstanding (the ratio is undefined, the level says it all).
   */
  ratioBp: number | null;
  level: OverSeizureLevel;
  /** Assets under measure whose value is unknown (no valuation / no frozen amount): counted as 0 above. */
  unvaluedAssetIds: string[];
  /** Measures whose term ended before `today` (only when `today` is given): they hold nothing, not counted. */
  lapsedAssetIds: string[];
};

/** `today` ('YYYY-MM-DD', from the app clock) lets the meter leave out measures that have lapsed. */
export type OverSeizureOptions = { today?: IsoDate };

/** The meter turns "approaching" at 90% of the claim. */
export const APPROACHING_BP = 9_000n;
const FULL_BP = 10_000n;
/** The ratio is shown up to 1,000,000% (10,000 times the claim); beyond that the number says nothing more. */
export const MAX_RATIO_BP = 100_000_000;

/**
 * Reads the over-seizure meter for a case: the value under measure across the whole ledger (every class:
 * machinery, deposits, buildings, land, vehicles, equity, receivables, inventory goods — rows superseded by
 * carry-forward excluded) against what is still owed. Each measure counts what it really holds
 * (`measuredValueFen`: a quota freeze its amount, not the balance). Given `today`, a lapsed measure holds
 * nothing and is left out; a queued seizure 轮候 is counted, erring towards an early warning. Pure integer arithmetic: sums and comparisons run in BigInt, because 10 × a sum near
 * MAX_FEN-scale would leave the range where doubles are exact.
 */
export function overSeizureMeter(
  assets: readonly LedgerAsset[],
  outstandingFen: Fen,
  options: OverSeizureOptions = {},
): OverSeizureMeter {
  assert(
    Number.isSafeInteger(outstandingFen) && outstandingFen >= 0,
    'outstandingFen is whole, non-negative fen',
  );
  let sum = 0n;
  const unvaluedAssetIds: string[] = [];
  const lapsedAssetIds: string[] = [];
  for (const asset of currentAssets(assets)) {
    if (asset.measure.kind === 'none') continue;
    if (options.today !== undefined && hasLapsed(asset, options.today)) {
      lapsedAssetIds.push(asset.id);
      continue;
    }
    const value = measuredValueFen(asset);
    if (value === null) unvaluedAssetIds.push(asset.id);
    else sum += BigInt(value);
  }
  // Each value is capped at MAX_FEN (10^15) by the schema; a ledger summing past 2^53 fen (90 trillion
  // yuan) is corrupt data, not a case.
  assert(sum <= BigInt(Number.MAX_SAFE_INTEGER), 'value under measure fits in exact integer fen');
  const outstanding = BigInt(outstandingFen);
  return {
    valueUnderMeasureFen: Number(sum),
    outstandingFen,
    ratioBp: outstanding === 0n ? null : Number(min((sum * FULL_BP) / outstanding, BigInt(MAX_RATIO_BP))),
    level: levelOf(sum, outstanding),
    unvaluedAssetIds,
    lapsedAssetIds,
  };
}

function hasLapsed(asset: LedgerAsset, today: IsoDate): boolean {
  const term = measureTerm(asset);
  return term.status === 'dated' && daysFromTo(today, term.lastDay) < 0;
}

function levelOf(value: bigint, outstanding: bigint): OverSeizureLevel {
  if (value > outstanding) return 'exceeded';
  // Nothing owed and nothing held: nothing to warn about.
  if (value === 0n) return 'ok';
  return value * FULL_BP >= outstanding * APPROACHING_BP ? 'approaching' : 'ok';
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
