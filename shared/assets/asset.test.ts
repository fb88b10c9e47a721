import { describe, expect, it } from 'vitest';
import { assetSchema, type Asset } from './asset';
import { ALLOWED_MEASURES } from './allowedMeasures';
import { ASSET_MEASURE_KINDS } from './assetMeasure';
import { makeDeposit, makeMachinery, measureOf } from './testing/makeAsset';

const codes = (input: unknown) => {
  const r = assetSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

const base = {
  id: 'x',
  caseId: 'c1',
  visitId: null,
  ownerClass: 'enterprise',
  valuation: null,
  carriedFrom: null,
};
const stubs: Record<Asset['class'], Record<string, unknown>> = {
  machinery: makeMachinery(),
  bank_deposit: makeDeposit(),
  real_estate: {
    ...base,
    class: 'real_estate',
    address: '某某路 8 号 1 号厂房',
    certificateNumber: '蒙(2019)包头市不动产权第0012345号',
    floorAreaM2: 3200.5,
  },
  land: {
    ...base,
    class: 'land',
    location: '稀土高新区',
    certificateNumber: '包国用(2012)第123号',
    areaM2: 20000,
  },
  vehicle: {
    ...base,
    class: 'vehicle',
    plateNumber: '蒙B·12345',
    model: '解放 J6P',
    vin: 'LFWSRXSJ5J1E12345',
  },
  equity: {
    ...base,
    class: 'equity',
    companyName: '包头市某某物流有限公司',
    companyCreditCode: '91150200MA0N123456',
    shareBasisPoints: 3500,
  },
};

describe('assetSchema', () => {
  it('accepts every asset class with no measure', () => {
    for (const [cls, asset] of Object.entries(stubs)) {
      expect(codes({ ...asset, measure: measureOf('none') }), cls).toEqual([]);
    }
  });

  it('accepts a freshly added, still empty machinery row', () => {
    const blank = makeMachinery({
      name: '',
      model: '',
      manufacturer: '',
      serialNumber: '',
      year: null,
      unit: '',
      location: '',
      condition: null,
      valuation: null,
    });
    expect(codes(blank)).toEqual([]);
  });

  it('allows exactly the measures each class can take', () => {
    for (const [cls, asset] of Object.entries(stubs) as [Asset['class'], Record<string, unknown>][]) {
      for (const kind of ASSET_MEASURE_KINDS) {
        const input = {
          ...asset,
          measure: measureOf(kind),
          ...(cls === 'bank_deposit' ? { frozenAmountFen: 100 } : {}),
        };
        const allowed = (ALLOWED_MEASURES[cls] as readonly string[]).includes(kind);
        expect(codes(input), `${cls} ${kind}`).toEqual(allowed ? [] : ['asset.measureNotAllowed']);
      }
    }
  });

  it('never freezes a whole bank account, and a quota freeze needs its amount', () => {
    expect(codes(makeDeposit({ measure: measureOf('full_seal') }))).toEqual(['asset.measureNotAllowed']);
    expect(codes(makeDeposit({ measure: measureOf('quota_freeze') }))).toEqual(['asset.quotaAmountRequired']);
    expect(codes(makeDeposit({ measure: measureOf('quota_freeze'), frozenAmountFen: 0 }))).toEqual([
      'asset.quotaAmountRequired',
    ]);
    expect(codes(makeDeposit({ measure: measureOf('quota_freeze'), frozenAmountFen: 5_000_000 }))).toEqual(
      [],
    );
  });

  it("refuses a measure on a third party's property without a justification (rule 2)", () => {
    const sealed = makeMachinery({ ownerClass: 'third_party', measure: measureOf('live_seal') });
    const r = assetSchema.safeParse(sealed);
    expect(r.error?.issues.map((i) => [i.message, i.path])).toEqual([
      ['asset.thirdPartyNeedsJustification', ['measure', 'thirdPartyJustification']],
    ]);
    const justified = {
      ...sealed,
      measure: measureOf('live_seal', {
        thirdPartyJustification: '经查该设备系被执行人以案外人名义购置，有付款凭证',
      }),
    };
    expect(codes(justified)).toEqual([]);
  });

  it('checks machinery numbers and money', () => {
    expect(codes(makeMachinery({ quantity: 0 }))).toEqual(['asset.quantityInvalid']);
    expect(codes(makeMachinery({ quantity: 1.5 }))).toEqual(['asset.quantityInvalid']);
    expect(codes(makeMachinery({ year: 1899 }))).toEqual(['asset.yearRange']);
    expect(
      codes(makeMachinery({ valuation: { valueFen: 10.5, method: 'appraisal', date: '2025-06-03' } })),
    ).toEqual(['money.notInteger']);
    expect(
      codes({ ...makeMachinery(), valuation: { valueFen: 100, method: 'guess', date: '2025-06-03' } }).length,
    ).toBe(1);
    expect(
      codes(makeMachinery({ valuation: { valueFen: 100, method: 'appraisal', date: '3.6.2025' } })),
    ).toEqual(['asset.dateFormat']);
  });

  it('refuses a row carried forward from itself', () => {
    expect(codes(makeMachinery({ carriedFrom: { assetId: 'm1', mark: 'present' } }))).toEqual([
      'asset.carriedFromSelf',
    ]);
  });
});
