import type { Bilingual } from '../messages/Bilingual';

/**
 * Bilingual texts for the codes used by the case's asset ledger and the bureau's rules on it (owner guard,
 * over-seizure meter, least-harm ranking, carry-forward). Looked up through `messageText` (shared/messages).
 */
export const assetMessages = {
  'asset.measureNotAllowed': {
    'zh-CN': '此类财产不能采取该措施（银行存款只能额度冻结）',
    en: 'This measure does not apply to this kind of asset (bank deposits take a quota freeze only)',
  },
  'asset.quotaAmountRequired': {
    'zh-CN': '额度冻结必须填写冻结金额（大于 0）',
    en: 'A quota freeze needs the frozen amount (more than zero)',
  },
  'asset.thirdPartyNeedsJustification': {
    'zh-CN': '不得查封、扣押案外人财产；确有依据的，必须写明理由',
    en: "A third party's property may not be sealed or removed unless the justification is recorded",
  },
  'asset.thirdPartyJustified': {
    'zh-CN': '已依所记理由对案外人财产采取措施，注意案外人可能提出异议',
    en: "A third party's property is under measure on the recorded justification; expect a third-party objection",
  },
  'asset.leasedProperty': {
    'zh-CN': '该财产为租赁物，所有权属于出租人，请核实后再采取措施',
    en: 'This asset is leased and belongs to the lessor; verify before applying a measure',
  },
  'asset.ownerUnclear': {
    'zh-CN': '财产权属不明，请先核实权属',
    en: 'Ownership of this asset is unclear; verify it first',
  },
  'asset.shareholderPersonal': {
    'zh-CN': '该财产属股东个人所有，仅在该股东为本案被执行人时方可采取措施',
    en: "This is a shareholder's personal property: only a measure against a shareholder who is a respondent is allowed",
  },
  'asset.sealNoticeMissing': {
    'zh-CN': '请填写查封（冻结）文书编号',
    en: 'Enter the seal (freeze) notice number',
  },
  'asset.custodianMissing': {
    'zh-CN': '请填写保管人',
    en: 'Enter the custodian',
  },
  'asset.measuredWithoutValuation': {
    'zh-CN': '已采取措施的财产尚无估值，超标的查封无法准确判断',
    en: 'An asset under measure has no valuation, so over-seizure cannot be judged exactly',
  },
  'asset.machineryNameMissing': {
    'zh-CN': '请填写设备名称',
    en: 'Enter the name of the machine',
  },
  'asset.yearRange': {
    'zh-CN': '年份应在 1900 至 2100 年之间',
    en: 'The year must be between 1900 and 2100',
  },
  'asset.quantityInvalid': {
    'zh-CN': '数量应为正整数',
    en: 'Quantity must be a whole number of at least 1',
  },
  'asset.dateFormat': {
    'zh-CN': '日期格式不正确',
    en: 'Invalid date',
  },
  'asset.shareRange': {
    'zh-CN': '持股比例应在 0 至 100% 之间',
    en: 'The shareholding must be between 0 and 100%',
  },
  'asset.areaInvalid': {
    'zh-CN': '面积不能为负数',
    en: 'The area cannot be negative',
  },
  'asset.carriedFromSelf': {
    'zh-CN': '财产不能由自身结转',
    en: 'An asset cannot be carried forward from itself',
  },
  'asset.wouldExceedClaim': {
    'zh-CN': '此项措施将使查控财产价值超过未履行金额（超标的查封）',
    en: 'This measure would put more value under measure than the outstanding claim (over-seizure)',
  },
  'asset.wouldApproachClaim': {
    'zh-CN': '此项措施后查控财产价值将达到未履行金额的 90% 以上',
    en: 'After this measure the value under measure reaches 90% or more of the outstanding claim',
  },
  'asset.meterApproaching': {
    'zh-CN': '查控财产价值已达到未履行金额的 90% 以上',
    en: 'The value under measure has reached 90% or more of the outstanding claim',
  },
  'asset.meterExceeded': {
    'zh-CN': '查控财产价值已超过未履行金额（超标的查封）',
    en: 'The value under measure exceeds the outstanding claim (over-seizure)',
  },
  'asset.possibleTransfer': {
    'zh-CN': '前次调查登记的设备本次未见，可能存在隐匿、转移财产',
    en: 'A machine recorded on an earlier visit is missing: possible concealment or transfer of assets',
  },
  'asset.movedWithoutLocation': {
    'zh-CN': '标记为“已移动”的设备请填写新位置',
    en: 'Enter the new location of a machine marked as moved',
  },
  'asset.rank.cash': {
    'zh-CN': '银行存款：无需变价，额度冻结不影响账户使用',
    en: 'Bank deposit: no disposal needed, and a quota freeze leaves the account working',
  },
  'asset.rank.idleMachinery': {
    'zh-CN': '闲置设备：不影响生产，易于处置',
    en: 'Idle machinery: not used in production, easy to dispose of',
  },
  'asset.rank.damagedMachinery': {
    'zh-CN': '损坏设备：不影响生产，但变价较难、价值较低',
    en: 'Damaged machinery: not used in production, but harder to sell and worth less',
  },
  'asset.rank.vehicle': {
    'zh-CN': '车辆：对生产影响较小，易于处置',
    en: 'Vehicle: little effect on production, easy to dispose of',
  },
  'asset.rank.equity': {
    'zh-CN': '股权：不影响生产，但变价较难',
    en: 'Equity: no effect on production, but hard to dispose of',
  },
  'asset.rank.runningMachinery': {
    'zh-CN': '在用生产设备：查控影响生产经营，宜采取活封',
    en: 'Running production machinery: a measure affects production; prefer a live seal',
  },
  'asset.rank.conditionUnknown': {
    'zh-CN': '设备状态未记录，按在用设备对待',
    en: 'Machine condition not recorded; treated as running',
  },
  'asset.rank.realEstate': {
    'zh-CN': '房产：多为生产经营场所，处置周期长',
    en: 'Real estate: usually the place of business, slow to dispose of',
  },
  'asset.rank.land': {
    'zh-CN': '土地：生产经营的基础，处置最难',
    en: 'Land: the base of operations, the hardest to dispose of',
  },
  'asset.rank.notValued': {
    'zh-CN': '尚无估值，处置前需先确定价格',
    en: 'Not yet valued: a price must be set before disposal',
  },
  'asset.rank.shareholderPersonal': {
    'zh-CN': '股东个人财产：仅当该股东为被执行人时可查控',
    en: "Shareholder's personal property: only if the shareholder is a respondent",
  },
  'asset.rank.ownerUnclear': {
    'zh-CN': '权属不明：须先核实',
    en: 'Ownership unclear: verify first',
  },
  'asset.rank.leased': {
    'zh-CN': '租赁物：属出租人所有，不建议查控',
    en: 'Leased: belongs to the lessor, not suggested',
  },
  'asset.rank.thirdParty': {
    'zh-CN': '案外人财产：不得查控',
    en: "Third party's property: may not be seized",
  },
  'asset.rank.receivable': {
    'zh-CN': '应收账款：向次债务人收取，不影响生产',
    en: 'Receivable: collected from the third-party debtor, no effect on production',
  },
  'asset.rank.inventoryGoods': {
    'zh-CN': '存货：易于变价，可部分查封，对生产影响较小',
    en: 'Inventory goods: easy to sell and can be sealed in part; little effect on production',
  },
  'asset.rank.exceedsClaim': {
    'zh-CN': '价值 {value} 元超过未履行金额 {outstanding} 元，且不可分割：单独查控即超标的',
    en: 'Worth {value} yuan, more than the {outstanding} yuan outstanding, and taken whole: seizing it alone over-seizes',
  },
  'asset.wholeAccountFreezeNeedsReason': {
    'zh-CN': '冻结整个账户须写明理由，否则只能额度冻结',
    en: 'Freezing a whole account needs a recorded reason; otherwise freeze a stated amount',
  },
  'asset.goodsQuantityInvalid': {
    'zh-CN': '存货数量应大于 0',
    en: 'The quantity of goods must be more than zero',
  },
  'asset.rank.alreadyUnderMeasure': {
    'zh-CN': '已采取措施',
    en: 'Already under measure',
  },
} as const satisfies Record<string, Bilingual>;

export type AssetCode = keyof typeof assetMessages;
