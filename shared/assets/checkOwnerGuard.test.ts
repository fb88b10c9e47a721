import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSET_MEASURE_KINDS } from './assetMeasure';
import { checkOwnerGuard } from './checkOwnerGuard';
import { OWNER_CLASSES } from './ownerClass';
import { measureOf } from './testing/makeAsset';

describe('checkOwnerGuard', () => {
  it("refuses sealing, removing or freezing a third party's property without a justification", () => {
    for (const kind of ['live_seal', 'full_seal', 'removed', 'quota_freeze'] as const) {
      for (const justification of [null, '', '   ']) {
        const r = checkOwnerGuard({
          ownerClass: 'third_party',
          measure: measureOf(kind, { thirdPartyJustification: justification }),
        });
        expect(r, `${kind} ${String(justification)}`).toEqual({
          isAllowed: false,
          problems: [
            {
              severity: 'error',
              code: 'asset.thirdPartyNeedsJustification',
              path: 'measure.thirdPartyJustification',
            },
          ],
        });
      }
    }
  });

  it('allows it with a recorded justification, still warning', () => {
    const r = checkOwnerGuard({
      ownerClass: 'third_party',
      measure: measureOf('live_seal', { thirdPartyJustification: '案外人异议已被裁定驳回' }),
    });
    expect(r).toEqual({
      isAllowed: true,
      problems: [{ severity: 'warning', code: 'asset.thirdPartyJustified', path: 'ownerClass' }],
    });
  });

  it('warns for leased, unclear and shareholder property under a measure', () => {
    const code = (ownerClass: 'leased' | 'unclear' | 'shareholder_personal') =>
      checkOwnerGuard({ ownerClass, measure: measureOf('full_seal') });
    expect(code('leased')).toEqual({
      isAllowed: true,
      problems: [{ severity: 'warning', code: 'asset.leasedProperty', path: 'ownerClass' }],
    });
    expect(code('unclear').problems.map((p) => p.code)).toEqual(['asset.ownerUnclear']);
    expect(code('shareholder_personal').problems.map((p) => p.code)).toEqual(['asset.shareholderPersonal']);
  });

  it('has nothing to say about enterprise property or any property under no measure', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OWNER_CLASSES),
        fc.constantFrom(...ASSET_MEASURE_KINDS),
        (ownerClass, kind) => {
          const r = checkOwnerGuard({ ownerClass, measure: measureOf(kind) });
          if (ownerClass === 'enterprise' || kind === 'none')
            expect(r).toEqual({ isAllowed: true, problems: [] });
          // isAllowed is false exactly when there is an error, and only third-party property can produce one.
          expect(r.isAllowed).toBe(!r.problems.some((p) => p.severity === 'error'));
          if (!r.isAllowed) expect(ownerClass).toBe('third_party');
        },
      ),
    );
  });
});
