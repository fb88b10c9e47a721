import { unreachable } from '../util/assert';
import { formatYuan, type Fen } from '../domain/money';
import type { Params } from '../messages/formatMessage';
import type { AssetCode } from './assetMessages';
import type { LedgerAsset } from './ledgerAsset';

/** A reason for an asset's place, with the figures its text names (amounts as formatted yuan). */
export type RankReason = { code: AssetCode; params?: Params };

/** One asset with its place in the least-harm suggestion and the reasons behind it. */
export type RankedAsset<A extends LedgerAsset = LedgerAsset> = {
  asset: A;
  /** Lower is better to take first. Only meaningful among eligible assets. */
  score: number;
  /** False for property that may not be taken (third party's, leased): listed last, never suggested. */
  isEligible: boolean;
  /** The reasons' codes, for lists that show texts without figures. */
  reasons: AssetCode[];
  /** The same reasons with their parameters, for display. */
  reasonDetails: RankReason[];
};

/** What the ranking may weigh besides the assets: the claim still owed, when known. */
export type RankContext = { outstandingFen?: Fen };

type Profile = { harm: number; difficulty: number; reason: AssetCode; extra?: AssetCode };

/**
 * How much seizing an asset hurts production (harm, 0–3) and how hard it is to turn into money
 * (difficulty, 0–3). Cash needs no sale and a quota freeze leaves the account working; a receivable is
 * collected from the third-party debtor without touching production; goods in stock sell readily but are
 * the enterprise's trade, like its vehicles; idle machines are
 * not producing and sell easily; damaged ones are not producing but sell badly; vehicles matter little to
 * production; a stake in another company does not touch production but is slow to sell; running machines
 * are the production itself; buildings and land are the place of business and take longest to dispose of.
 * A machine of unrecorded condition is treated as running, so missing data never makes it look harmless.
 */
function profileOf(asset: LedgerAsset): Profile {
  switch (asset.class) {
    case 'bank_deposit':
      return { harm: 0, difficulty: 0, reason: 'asset.rank.cash' };
    case 'receivable':
      return { harm: 0, difficulty: 1, reason: 'asset.rank.receivable' };
    case 'inventory_goods':
      return { harm: 1, difficulty: 1, reason: 'asset.rank.inventoryGoods' };
    case 'machinery':
      switch (asset.condition) {
        case 'idle':
          return { harm: 0, difficulty: 1, reason: 'asset.rank.idleMachinery' };
        case 'damaged':
          return { harm: 0, difficulty: 2, reason: 'asset.rank.damagedMachinery' };
        case 'running':
          return { harm: 3, difficulty: 1, reason: 'asset.rank.runningMachinery' };
        case null:
          return {
            harm: 3,
            difficulty: 1,
            reason: 'asset.rank.runningMachinery',
            extra: 'asset.rank.conditionUnknown',
          };
        default:
          return unreachable(asset.condition);
      }
    case 'vehicle':
      return { harm: 1, difficulty: 1, reason: 'asset.rank.vehicle' };
    case 'equity':
      return { harm: 0, difficulty: 3, reason: 'asset.rank.equity' };
    case 'real_estate':
      return { harm: 3, difficulty: 2, reason: 'asset.rank.realEstate' };
    case 'land':
      return { harm: 3, difficulty: 3, reason: 'asset.rank.land' };
    default:
      return unreachable(asset);
  }
}

/**
 * Classes that can be taken in part: a deposit is frozen for a stated amount, a receivable or a stake frozen
 * up to the claim, a lot of goods sealed in part. The others are taken whole.
 */
const DIVISIBLE: ReadonlySet<LedgerAsset['class']> = new Set([
  'bank_deposit',
  'receivable',
  'equity',
  'inventory_goods',
]);

/**
 * "Unless values say otherwise": an asset taken whole whose known value is above the outstanding claim
 * would over-seize on its own (rule 3; the seizure provisions allow it only when nothing else will do), so
 * it goes behind running machinery (2 × 3 + 1 = 7) even when it is a vehicle (3 + 5 = 8).
 */
const OVER_CLAIM_PENALTY = 5;

/**
 * Ownership that needs checking first puts an asset behind every clearly owned one: the penalty exceeds the
 * largest score an enterprise asset can have (2 × 3 + 3 + 1 + 5 = 15).
 */
const DOUBTFUL_OWNER_PENALTY = 16;

/**
 * Domain rule 1 as a suggestion: orders the assets so that those whose seizure hurts production least and
 * which are easiest to dispose of come first. score = 2 × harm + difficulty (harm weighs double: the bureau
 * would rather keep a viable enterprise producing than save a few weeks of sale), + 1 when there is no
 * valuation yet (a price must be found before sale, rule 6), + 5 when, given the outstanding claim, an
 * asset taken whole is worth more than the claim, + 16 when ownership is doubtful (a shareholder's personal
 * property, or unclear), which puts it behind every asset the enterprise clearly owns. The resulting order:
 * bank deposits, receivables and idle machinery, damaged machinery, inventory goods, vehicles and equity,
 * running machinery, real estate, land. Third-party and leased property is never suggested (rule 2): it is
 * listed last with `isEligible: false`. Ties go to the higher known value (fewer
 * measures cover the claim), then to id, so the order is stable. Assets already under measure are ranked
 * like the rest and marked with a reason; the screen decides whether to show them.
 */
export function rankByLeastHarm<A extends LedgerAsset>(
  assets: readonly A[],
  context: RankContext = {},
): RankedAsset<A>[] {
  const ranked = assets.map((asset): RankedAsset<A> => {
    const profile = profileOf(asset);
    const details: RankReason[] = [{ code: profile.reason }];
    const add = (code: AssetCode, params?: Params) => details.push(params ? { code, params } : { code });
    if (profile.extra !== undefined) add(profile.extra);
    let score = 2 * profile.harm + profile.difficulty;
    // A deposit's value is its balance or the frozen amount; only the other classes need a price found.
    if (asset.valuation === null && asset.class !== 'bank_deposit') {
      score += 1;
      add('asset.rank.notValued');
    }
    const { outstandingFen } = context;
    const value = knownValue(asset);
    if (outstandingFen !== undefined && !DIVISIBLE.has(asset.class) && value > outstandingFen) {
      score += OVER_CLAIM_PENALTY;
      add('asset.rank.exceedsClaim', {
        value: formatYuan(value),
        outstanding: formatYuan(outstandingFen),
      });
    }
    let isEligible = true;
    switch (asset.ownerClass) {
      case 'enterprise':
        break;
      case 'shareholder_personal':
        score += DOUBTFUL_OWNER_PENALTY;
        add('asset.rank.shareholderPersonal');
        break;
      case 'unclear':
        score += DOUBTFUL_OWNER_PENALTY;
        add('asset.rank.ownerUnclear');
        break;
      case 'leased':
        isEligible = false;
        add('asset.rank.leased');
        break;
      case 'third_party':
        isEligible = false;
        add('asset.rank.thirdParty');
        break;
      default:
        unreachable(asset.ownerClass);
    }
    if (asset.measure.kind !== 'none') add('asset.rank.alreadyUnderMeasure');
    return { asset, score, isEligible, reasons: details.map((d) => d.code), reasonDetails: details };
  });
  return ranked.sort(compareRanked);
}

function compareRanked(a: RankedAsset, b: RankedAsset): number {
  if (a.isEligible !== b.isEligible) return a.isEligible ? -1 : 1;
  if (a.score !== b.score) return a.score - b.score;
  const va = knownValue(a.asset);
  const vb = knownValue(b.asset);
  if (va !== vb) return vb - va;
  return a.asset.id < b.asset.id ? -1 : a.asset.id > b.asset.id ? 1 : 0;
}

/** The value the ranking weighs: valuation, else a deposit's balance or a receivable's face amount; -1 when unknown. */
function knownValue(asset: LedgerAsset): number {
  if (asset.valuation !== null) return asset.valuation.valueFen;
  if (asset.class === 'bank_deposit' && asset.balanceFen !== null) return asset.balanceFen;
  if (asset.class === 'receivable' && asset.amountFen !== null) return asset.amountFen;
  return -1;
}
