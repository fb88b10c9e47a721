import { describe, expect, it } from 'vitest';
import { makeMachinery, measureOf } from '../../../../shared/assets/testing/makeAsset';
import { rowIssues } from './rowIssues';

describe('rowIssues', () => {
  it('finds nothing on a complete, unsealed, enterprise-owned machine', () => {
    expect(rowIssues(makeMachinery())).toEqual([]);
  });

  it('points each warning at its column', () => {
    const row = makeMachinery({
      name: '',
      valuation: null,
      measure: measureOf('live_seal', { sealNoticeNumber: '', custodian: '' }),
    });
    expect(rowIssues(row).map((i) => [i.severity, i.code, i.column])).toEqual([
      ['warning', 'asset.sealNoticeMissing', 'sealNoticeNumber'],
      ['warning', 'asset.custodianMissing', 'custodian'],
      ['warning', 'asset.measuredWithoutValuation', 'value'],
      ['warning', 'asset.machineryNameMissing', 'name'],
    ]);
  });

  it('marks a sealed third-party machine without justification as an error on the seal column', () => {
    const row = makeMachinery({ ownerClass: 'third_party', measure: measureOf('full_seal') });
    expect(rowIssues(row)[0]).toEqual({
      severity: 'error',
      code: 'asset.thirdPartyNeedsJustification',
      column: 'measureKind',
    });
  });
});
