import { NO_MEASURE, type AssetMeasure } from '../assetMeasure';
import type { BankDepositAsset } from '../bankDepositAsset';
import type { InventoryGoodsAsset } from '../inventoryGoodsAsset';
import type { MachineryAsset } from '../machineryAsset';
import type { RealEstateAsset } from '../realEstateAsset';
import type { ReceivableAsset } from '../receivableAsset';
import type { VehicleAsset } from '../vehicleAsset';

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

const common = {
  caseId: 'c1',
  visitId: null,
  ownerClass: 'enterprise',
  valuation: null,
  measure: { ...NO_MEASURE },
  carriedFrom: null,
} as const;

/** A valid vehicle for tests, no measure, not valued. */
export function makeVehicle(overrides: Partial<VehicleAsset> = {}): VehicleAsset {
  return {
    ...common,
    id: 'car1',
    class: 'vehicle',
    plateNumber: '蒙B·12345',
    model: '解放 J6P',
    vin: 'LFWSRXSJ5J1E12345',
    engineNumber: 'CA6DM2-42E5',
    ...overrides,
  };
}

/** A valid plant building for tests, no measure, not valued. */
export function makeRealEstate(overrides: Partial<RealEstateAsset> = {}): RealEstateAsset {
  return {
    ...common,
    id: 're1',
    class: 'real_estate',
    address: '包头市稀土高新区某某路 8 号 1 号厂房',
    certificateNumber: '蒙(2019)包头市不动产权第0012345号',
    floorAreaM2: 3200.5,
    registry: '包头市不动产登记中心',
    ...overrides,
  };
}

/** A valid receivable for tests: 120,000 yuan owed by a customer, no measure, not valued. */
export function makeReceivable(overrides: Partial<ReceivableAsset> = {}): ReceivableAsset {
  return {
    ...common,
    id: 'rc1',
    class: 'receivable',
    debtorName: '包头市某某钢结构有限公司',
    debtorCode: '91150200MA0N654321',
    amountFen: 12_000_000,
    dueDate: '2025-03-31',
    evidence: '购销合同、增值税发票、2025 年 4 月对账单',
    ...overrides,
  };
}

/** A valid lot of inventory goods for tests, no measure, not valued. */
export function makeGoods(overrides: Partial<InventoryGoodsAsset> = {}): InventoryGoodsAsset {
  return {
    ...common,
    id: 'g1',
    class: 'inventory_goods',
    description: '冷轧钢板 Q235',
    quantity: 12.5,
    unit: '吨',
    location: '成品库',
    ...overrides,
  };
}
