import { NO_MEASURE, type AssetMeasure } from '../assetMeasure';
import type { BankDepositAsset } from '../bankDepositAsset';
import type { MachineryAsset } from '../machineryAsset';

/** A valid machinery row for tests: an enterprise-owned, running lathe valued at 80,000 yuan, no measure. */
export function makeMachinery(overrides: Partial<MachineryAsset> = {}): MachineryAsset {
  return {
    id: 'm1',
    caseId: 'c1',
    visitId: 'v1',
    ownerClass: 'enterprise',
    valuation: { valueFen: 8_000_000, method: 'estimate', date: '2025-06-03' },
    measure: { ...NO_MEASURE },
    carriedFrom: null,
    class: 'machinery',
    name: '数控车床',
    model: 'CK6150',
    manufacturer: '沈阳机床',
    serialNumber: 'SY2018-0457',
    year: 2018,
    quantity: 1,
    unit: '台',
    location: '一号车间',
    condition: 'running',
    ...overrides,
  };
}

/** A valid bank deposit for tests, no measure. */
export function makeDeposit(overrides: Partial<BankDepositAsset> = {}): BankDepositAsset {
  return {
    id: 'd1',
    caseId: 'c1',
    visitId: null,
    ownerClass: 'enterprise',
    valuation: null,
    measure: { ...NO_MEASURE },
    carriedFrom: null,
    class: 'bank_deposit',
    bankName: '中国工商银行包头分行',
    accountNumber: '0603020209200012345',
    accountHolder: '包头市某某机械制造有限公司',
    balanceFen: 30_000_000,
    frozenAmountFen: null,
    ...overrides,
  };
}

/** A measure of the given kind with its paperwork filled in. */
export function measureOf(kind: AssetMeasure['kind'], overrides: Partial<AssetMeasure> = {}): AssetMeasure {
  return {
    kind,
    sealNoticeNumber: kind === 'none' ? '' : '（2025）内0291执1234号之一',
    custodian: kind === 'none' ? '' : '张强',
    thirdPartyJustification: null,
    ...overrides,
  };
}
