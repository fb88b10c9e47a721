import { unreachable } from '../util/assert';
import type { Asset } from './asset';
import type { AssetCode } from './assetMessages';

/** One asset with its place in the least-harm suggestion and the reasons behind it. */
export type RankedAsset<A extends Asset = Asset> = {
  asset: A;
  /** Lower is better to take first. Only meaningful among eligible assets. */
  score: number;
  /** False for property that may not be taken (third party's, leased): listed last, never suggested. */
  isEligible: boolean;
  reasons: AssetCode[];
};

type Profile = { harm: number; difficulty: number; reason: AssetCode; extra?: AssetCode };

/**
 * How much seizing an asset hurts production (harm, 0–3) and how hard it is to turn into money
 * (difficulty, 0–3). Cash needs no sale and a quota freeze leaves the account working; idle machines are
 * not producing and sell easily; damaged ones are not producing but sell badly; vehicles matter little to
 * production; a stake in another company does not touch production but is slow to sell; running machines
 * are the production itself; buildings and land are the place of business and take longest to dispose of.
 * A machine of unrecorded condition is treated as running, so missing data never makes it look harmless.
 */
function profileOf(asset: Asset): Profile {
  switch (asset.class) {
    case 'bank_deposit':
      return { harm: 0, difficulty: 0, reason: 'asset.rank.cash' };
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
 * Ownership that needs checking first puts an asset behind every clearly owned one: the penalty exceeds the
 * largest score an enterprise asset can have (2 × 3 + 3 + 1 = 10).
 */
const DOUBTFUL_OWNER_PENALTY = 11;

/**
 * Domain rule 1 as a suggestion: orders the assets so that those whose seizure hurts production least and
 * which are easiest to dispose of come first. score = 2 × harm + difficulty (harm weighs double: the bureau
 * would rather keep a viable enterprise producing than save a few weeks of sale), + 1 when there is no
 * valuation yet (a price must be found before sale, rule 6), + 11 when ownership is doubtful (a shareholder's
 * personal property, or unclear), which puts it behind every asset the enterprise clearly owns. The resulting order: bank deposits, idle machinery, damaged machinery,
 * vehicles and equity, running machinery, real estate, land. Third-party and leased property is never
 * suggested (rule 2): it is listed last with `isEligible: false`. Ties go to the higher known value (fewer
 * measures cover the claim), then to id, so the order is stable. Assets already under measure are ranked
 * like the rest and marked with a reason; the screen decides whether to show them.
 */
export function rankByLeastHarm<A extends Asset>(assets: readonly A[]): RankedAsset<A>[] {
  const ranked = assets.map((asset): RankedAsset<A> => {
    const profile = profileOf(asset);
    const reasons: AssetCode[] = [profile.reason];
    if (profile.extra !== undefined) reasons.push(profile.extra);
    let score = 2 * profile.harm + profile.difficulty;
    // A deposit's value is its balance or the frozen amount; only the other classes need a price found.
    if (asset.valuation === null && asset.class !== 'bank_deposit') {
      score += 1;
      reasons.push('asset.rank.notValued');
    }
    let isEligible = true;
    switch (asset.ownerClass) {
      case 'enterprise':
        break;
      case 'shareholder_personal':
        score += DOUBTFUL_OWNER_PENALTY;
        reasons.push('asset.rank.shareholderPersonal');
        break;
      case 'unclear':
        score += DOUBTFUL_OWNER_PENALTY;
        reasons.push('asset.rank.ownerUnclear');
        break;
      case 'leased':
        isEligible = false;
        reasons.push('asset.rank.leased');
        break;
      case 'third_party':
        isEligible = false;
        reasons.push('asset.rank.thirdParty');
        break;
      default:
        unreachable(asset.ownerClass);
    }
    if (asset.measure.kind !== 'none') reasons.push('asset.rank.alreadyUnderMeasure');
    return { asset, score, isEligible, reasons };
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

/** The value the ranking prefers on ties: valuation, else a deposit's known balance; -1 when unknown. */
function knownValue(asset: Asset): number {
  if (asset.valuation !== null) return asset.valuation.valueFen;
  if (asset.class === 'bank_deposit' && asset.balanceFen !== null) return asset.balanceFen;
  return -1;
}
