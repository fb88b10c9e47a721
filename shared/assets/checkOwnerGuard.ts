import { unreachable } from '../util/assert';
import type { AssetCode } from './assetMessages';
import type { AssetMeasure } from './assetMeasure';
import type { OwnerClass } from './ownerClass';

/** One finding of the owner guard; an `error` means the measure must not be recorded as it stands. */
export type OwnerGuardProblem = {
  severity: 'error' | 'warning';
  code: AssetCode;
  path: 'ownerClass' | 'measure.thirdPartyJustification';
};

/** The outcome of the owner guard: `isAllowed` is false exactly when a problem is an error. */
export type OwnerGuardResult = { isAllowed: boolean; problems: OwnerGuardProblem[] };

/**
 * Domain rule 2, separate owners: a measure (seal, removal, freeze) on a third party's 案外人 property is
 * refused unless a justification is recorded, and still warned about when it is. Leased property (the lessor
 * owns it), property of unclear ownership and a shareholder's personal property are allowed with a warning.
 * An asset under no measure passes: the guard is about what is done to property, not about listing it.
 * Takes only the two fields it reads, so a screen can check a proposed change before saving it.
 */
export function checkOwnerGuard(asset: { ownerClass: OwnerClass; measure: AssetMeasure }): OwnerGuardResult {
  if (asset.measure.kind === 'none') return { isAllowed: true, problems: [] };
  const problems: OwnerGuardProblem[] = [];
  switch (asset.ownerClass) {
    case 'third_party': {
      const justification = asset.measure.thirdPartyJustification?.trim() ?? '';
      problems.push(
        justification === ''
          ? {
              severity: 'error',
              code: 'asset.thirdPartyNeedsJustification',
              path: 'measure.thirdPartyJustification',
            }
          : { severity: 'warning', code: 'asset.thirdPartyJustified', path: 'ownerClass' },
      );
      break;
    }
    case 'leased':
      problems.push({ severity: 'warning', code: 'asset.leasedProperty', path: 'ownerClass' });
      break;
    case 'unclear':
      problems.push({ severity: 'warning', code: 'asset.ownerUnclear', path: 'ownerClass' });
      break;
    case 'shareholder_personal':
      problems.push({ severity: 'warning', code: 'asset.shareholderPersonal', path: 'ownerClass' });
      break;
    case 'enterprise':
      break;
    default:
      unreachable(asset.ownerClass);
  }
  return { isAllowed: problems.every((p) => p.severity !== 'error'), problems };
}
