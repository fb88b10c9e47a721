import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ALLOWED_MEASURES } from './allowedMeasures';
import { assetSchema } from './asset';
import { ASSET_MEASURE_KINDS } from './assetMeasure';
import { LEDGER_ASSET_CLASSES, ledgerAssetSchema, type LedgerAsset } from './ledgerAsset';
import { measureDateWarnings } from '../legalCalendar/measureDateWarnings';
import {
  makeDeposit,
  makeGoods,
  makeMachinery,
  makeRealEstate,
  makeReceivable,
  makeVehicle,
  measureOf,
} from './testing/makeAsset';

const codes = (input: unknown, schema: z.ZodType = ledgerAssetSchema) => {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

// Rows exactly as the app and the court server store them today: no field added by issue 13.
const storedToday = {
  machinery: {
    id: 'm1',
    caseId: 'c1',
    visitId: 'v1',
    ownerClass: 'enterprise',
    carriedFrom: null,
    valuation: { valueFen: 8_000_000, method: 'estimate', date: '2025-06-03' },
    measure: { kind: 'live_seal', sealNoticeNumber: 'N-1', custodian: '张强', thirdPartyJustification: null },
    class: 'machinery',
    name: '数控车床',
    model: 'CK6150',
    manufacturer: '沈阳机床',
    serialNumber: 'SY-1',
    year: 2018,
    quantity: 1,
    unit: '台',
    location: '一号车间',
    condition: 'running',
  },
  bank_deposit: {
    id: 'd1',
    caseId: 'c1',
    visitId: null,
    ownerClass: 'enterprise',
    carriedFrom: null,
    valuation: null,
    measure: { kind: 'quota_freeze', sealNoticeNumber: 'N-2', custodian: '', thirdPartyJustification: null },
    class: 'bank_deposit',
    bankName: '工行',
    accountNumber: '0603',
    accountHolder: '某公司',
    balanceFen: 30_000_000,
    frozenAmountFen: 5_000_000,
  },
  real_estate: {
    id: 're',
    caseId: 'c1',
    visitId: null,
    ownerClass: 'enterprise',
    carriedFrom: null,
    valuation: null,
    measure: { kind: 'none', sealNoticeNumber: '', custodian: '', thirdPartyJustification: null },
    class: 'real_estate',
    address: '1 号厂房',
    certificateNumber: '',
    floorAreaM2: null,
  },
  land: {
    id: 'l',
    caseId: 'c1',
    visitId: null,
    ownerClass: 'enterprise',
    carriedFrom: null,
    valuation: null,
    measure: { kind: 'none', sealNoticeNumber: '', custodian: '', thirdPartyJustification: null },
    class: 'land',
    location: '厂区',
    certificateNumber: '',
    areaM2: 20000,
  },
  vehicle: {
    id: 'v',
    caseId: 'c1',
    visitId: null,
    ownerClass: 'enterprise',
    carriedFrom: null,
    valuation: null,
    measure: { kind: 'none', sealNoticeNumber: '', custodian: '', thirdPartyJustification: null },
    class: 'vehicle',
    plateNumber: '蒙B12345',
    model: '解放',
    vin: '',
  },
  equity: {
    id: 'e',
    caseId: 'c1',
    visitId: null,
    ownerClass: 'enterprise',
    carriedFrom: null,
    valuation: null,
    measure: { kind: 'none', sealNoticeNumber: '', custodian: '', thirdPartyJustification: null },
    class: 'equity',
    companyName: '某某物流',
    companyCreditCode: '',
    shareBasisPoints: 2000,
  },
} as const;

describe('backward compatibility', () => {
  it.each(Object.entries(storedToday))(
    'a %s row stored today parses unchanged with both schemas',
    (_, row) => {
      for (const schema of [assetSchema, ledgerAssetSchema]) {
        const parsed = schema.safeParse(row);
        expect(parsed.error?.issues).toBeUndefined();
        // Nothing added: a hash-chained record must read back byte for byte.
        expect(parsed.data).toEqual(row);
      }
    },
  );

  it('keeps the stored schema to the six classes synced today', () => {
    expect(codes(makeReceivable(), assetSchema)).not.toEqual([]);
    expect(codes(makeReceivable())).toEqual([]);
  });
});

describe('ledgerAssetSchema', () => {
  const withFields = {
    receivable: makeReceivable(),
    inventory_goods: makeGoods(),
    vehicle: makeVehicle(),
    real_estate: makeRealEstate(),
    machinery: makeMachinery({ originalCostFen: 25_000_000, netBookValueFen: 9_000_000 }),
    bank_deposit: makeDeposit({ balanceSeenOn: '2025-05-20' }),
  } satisfies Partial<Record<LedgerAsset['class'], LedgerAsset>>;

  it.each(Object.entries(withFields))('accepts a %s with its real fields', (_, asset) => {
    expect(codes(asset)).toEqual([]);
  });

  it('allows receivables a freeze and inventory goods any seizure of a movable', () => {
    expect(LEDGER_ASSET_CLASSES).toHaveLength(8);
    for (const kind of ASSET_MEASURE_KINDS) {
      expect(codes(makeReceivable({ measure: measureOf(kind) })), kind).toEqual(
        (ALLOWED_MEASURES.receivable as readonly string[]).includes(kind) ? [] : ['asset.measureNotAllowed'],
      );
    }
    expect(codes(makeGoods({ measure: measureOf('removed') }))).toEqual([]);
    expect(codes(makeGoods({ measure: measureOf('quota_freeze') }))).toEqual(['asset.measureNotAllowed']);
  });

  it('checks receivable money in fen and goods quantities', () => {
    expect(codes(makeReceivable({ amountFen: 10.5 }))).toEqual(['money.notInteger']);
    expect(codes(makeReceivable({ dueDate: '2025-02-30' }))).toEqual(['asset.dateFormat']);
    expect(codes(makeGoods({ quantity: 0 }))).toEqual(['asset.goodsQuantityInvalid']);
    expect(codes(makeGoods({ quantity: null }))).toEqual([]);
    expect(codes(makeMachinery({ originalCostFen: -1 }))).toEqual(['money.negative']);
  });

  it('freezes a whole account only with a recorded reason, and a quota freeze only with its amount', () => {
    const whole = (reason: string | null) =>
      makeDeposit({
        measure: measureOf('quota_freeze', { freezeScope: 'whole_account', wholeAccountReason: reason }),
      });
    expect(codes(whole(null))).toEqual(['asset.wholeAccountFreezeNeedsReason']);
    expect(codes(whole('  '))).toEqual(['asset.wholeAccountFreezeNeedsReason']);
    expect(codes(whole('被执行人以该账户转移资金，须全额冻结'))).toEqual([]);
    const quota = makeDeposit({ measure: measureOf('quota_freeze', { freezeScope: 'quota' }) });
    expect(codes(quota)).toEqual(['asset.quotaAmountRequired']);
  });

  it('refuses a term or renewal beyond the legal calendar, on the field concerned', () => {
    const r = ledgerAssetSchema.safeParse(
      makeDeposit({
        frozenAmountFen: 100,
        measure: measureOf('quota_freeze', {
          startDate: '2024-01-10',
          termMonths: 13,
          renewals: [{ renewedOn: '2025-02-01', termMonths: 12, noticeNumber: '' }],
        }),
      }),
    );
    expect(r.error?.issues.map((i) => [i.message, i.path.join('.')])).toEqual([
      ['measure.termTooLong', 'measure.termMonths'],
      ['measure.renewalAfterLapse', 'measure.renewals.0.renewedOn'],
    ]);
    expect(
      codes(makeVehicle({ measure: measureOf('removed', { startDate: '2024-01-10', termMonths: 24 }) })),
    ).toEqual([]);
  });

  it('advises on a measure without a start date and a queue without the court ahead', () => {
    expect(measureDateWarnings(measureOf('full_seal')).map((w) => w.code)).toEqual([
      'measure.startDateMissing',
    ]);
    expect(
      measureDateWarnings(
        measureOf('full_seal', {
          startDate: '2024-01-01',
          queue: { position: 'queued', courtAhead: ' ', effectiveOn: null },
        }),
      ),
    ).toEqual([{ code: 'measure.courtAheadMissing', path: 'measure.queue.courtAhead' }]);
    expect(measureDateWarnings(measureOf('none'))).toEqual([]);
    expect(measureDateWarnings(measureOf('live_seal', { startDate: '2024-01-01' }))).toEqual([]);
  });
});
