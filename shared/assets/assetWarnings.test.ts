import { describe, expect, it } from 'vitest';
import { assetWarnings } from './assetWarnings';
import { makeDeposit, makeMachinery, measureOf } from './testing/makeAsset';

const codes = (a: Parameters<typeof assetWarnings>[0]) => assetWarnings(a).map((w) => w.code);

describe('assetWarnings', () => {
  it('is quiet for a named, valued machine with complete seal paperwork', () => {
    expect(codes(makeMachinery({ measure: measureOf('live_seal') }))).toEqual([]);
  });

  it('asks for the notice number and custodian of a seal, and a valuation of anything under measure', () => {
    const bare = makeMachinery({
      valuation: null,
      measure: measureOf('full_seal', { sealNoticeNumber: '', custodian: '' }),
    });
    expect(codes(bare)).toEqual([
      'asset.sealNoticeMissing',
      'asset.custodianMissing',
      'asset.measuredWithoutValuation',
    ]);
  });

  it('treats white space as missing paperwork', () => {
    const blank = makeMachinery({
      measure: measureOf('removed', { sealNoticeNumber: '  ', custodian: '\u3000' }),
    });
    expect(codes(blank)).toEqual(['asset.sealNoticeMissing', 'asset.custodianMissing']);
  });

  it('needs no custodian or valuation for a quota freeze, but its notice number', () => {
    const freeze = makeDeposit({
      frozenAmountFen: 100,
      measure: measureOf('quota_freeze', { sealNoticeNumber: '', custodian: '' }),
    });
    expect(codes(freeze)).toEqual(['asset.sealNoticeMissing']);
  });

  it('passes on the owner guard warnings and flags an unnamed machine', () => {
    expect(codes(makeMachinery({ name: '', ownerClass: 'leased', measure: measureOf('live_seal') }))).toEqual(
      ['asset.leasedProperty', 'asset.machineryNameMissing'],
    );
  });
});
