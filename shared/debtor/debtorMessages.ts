import type { Bilingual } from '../messages/Bilingual';

/**
 * Bilingual texts for the debtor as a whole (issue 14): payments and their allocation, performance plans
 * 履行计划, business reports 定期报告经营状况 and the rescue-or-exit assessment. One map for the four folders
 * (payments/, plans/, debtor/) so the registry takes it in one line; each code keeps its folder's prefix.
 */
export const debtorMessages = {
  'payment.nothingOutstanding': {
    'zh-CN': '所选案件均无未履行金额，无法按比例或顺序分配该笔款项',
    en: 'None of the chosen cases has anything outstanding, so the payment cannot be allocated pro rata or in order',
  },
  'payment.exceedsOutstanding': {
    'zh-CN': '款项 {amount} 元超过所选案件未履行总额 {outstanding} 元；如确需超额分配，请明确说明',
    en: 'The payment of {amount} yuan exceeds the {outstanding} yuan outstanding on the chosen cases; state it explicitly if it must be allocated anyway',
  },
  'payment.partExceedsOutstanding': {
    'zh-CN': '分配给案件的 {part} 元超过该案未履行金额 {outstanding} 元',
    en: 'The {part} yuan allocated to a case exceeds its {outstanding} yuan outstanding',
  },
  'payment.partsDoNotSum': {
    'zh-CN': '各案分配金额合计 {sum} 元，与款项金额 {amount} 元不符',
    en: 'The parts add up to {sum} yuan but the payment is {amount} yuan',
  },
  'payment.unknownCase': {
    'zh-CN': '分配对象不是该被执行人的案件',
    en: 'A part is allocated to a case that is not one of this debtor’s cases',
  },
  'payment.duplicateCase': {
    'zh-CN': '同一案件在分配中出现多次',
    en: 'The same case appears more than once in the allocation',
  },
  'payment.orderIncomplete': {
    'zh-CN': '分配顺序必须列出所选的每一个案件，且各列一次',
    en: 'The order must list each chosen case exactly once',
  },
  'payment.noCases': {
    'zh-CN': '请至少选择一个案件',
    en: 'Choose at least one case',
  },
  'payment.amountZero': {
    'zh-CN': '款项金额必须大于 0（更正为 0 元时请注明理由）',
    en: 'The amount must be more than zero (a correction to zero needs its reason)',
  },
  'payment.textRequired': {
    'zh-CN': '请填写此项',
    en: 'This field is required',
  },
  'payment.correctionReasonRequired': {
    'zh-CN': '更正款项记录必须写明理由',
    en: 'A correction of a payment must state its reason',
  },
  'payment.alreadyCorrected': {
    'zh-CN': '该款项记录已被更正，请更正最新的记录',
    en: 'This payment has already been corrected; correct the latest record instead',
  },
  'plan.noInstalments': {
    'zh-CN': '履行计划至少应有一期',
    en: 'A performance plan needs at least one instalment',
  },
  'plan.duplicateInstalment': {
    'zh-CN': '分期编号重复',
    en: 'Two instalments have the same id',
  },
  'plan.graceUnknownInstalment': {
    'zh-CN': '宽限所指的分期不在本计划中',
    en: 'The extended deadline refers to an instalment that is not in this plan',
  },
  'plan.graceNotLater': {
    'zh-CN': '宽限后的履行期限必须晚于原期限',
    en: 'An extended deadline must be later than the date it extends',
  },
  'plan.consentUnknownCase': {
    'zh-CN': '申请执行人的意见所属案件不在本计划中',
    en: 'An applicant’s consent belongs to a case that is not in this plan',
  },
  'plan.consentUnknownSupersedes': {
    'zh-CN': '更新的意见所指的原记录不在本计划中',
    en: 'A changed consent refers to a record that is not in this plan',
  },
  'plan.consentDateMissing': {
    'zh-CN': '已同意或已拒绝的意见必须有日期',
    en: 'An agreed or refused consent needs its date',
  },
  'plan.revisionReasonRequired': {
    'zh-CN': '修改履行计划必须写明理由',
    en: 'A revision of the plan must state its reason',
  },
  'plan.conditionBreached': {
    'zh-CN': '已有 {missed} 期逾期未履行，达到约定的 {allowed} 期，可恢复强制执行措施',
    en: {
      by: 'missed',
      one: '{missed} instalment is overdue, reaching the agreed limit of {allowed}: forced measures may resume',
      other:
        '{missed} instalments are overdue, reaching the agreed limit of {allowed}: forced measures may resume',
    },
  },
  'businessReport.duplicatePeriod': {
    'zh-CN': '该期经营状况报告已登记',
    en: 'A business report for this period is already recorded',
  },
  'debtor.reason.operating': {
    'zh-CN': '最近一次实地调查时企业仍在经营',
    en: 'The enterprise was operating at the latest visit',
  },
  'debtor.reason.notOperating': {
    'zh-CN': '最近一次实地调查时企业已停产或人去楼空',
    en: 'At the latest visit the enterprise had stopped or its premises were deserted',
  },
  'debtor.reason.operatingStateUnknown': {
    'zh-CN': '尚无实地调查记录的经营状况，请先实地调查',
    en: 'No visit has recorded the operating state yet; visit the premises first',
  },
  'debtor.reason.hasOrders': {
    'zh-CN': '在手订单 {orders} 元',
    en: 'Orders in hand worth {orders} yuan',
  },
  'debtor.reason.noOrders': {
    'zh-CN': '无在手订单',
    en: 'No orders in hand',
  },
  'debtor.reason.hasReceivables': {
    'zh-CN': '应收债权 {receivables} 元',
    en: 'Receivables of {receivables} yuan',
  },
  'debtor.reason.hasQualifications': {
    'zh-CN': '持有 {count} 项资质',
    en: { one: 'Holds {count} qualification', other: 'Holds {count} qualifications' },
  },
  'debtor.reason.noProspects': {
    'zh-CN': '既无在手订单也无资质，看不到自救的来源',
    en: 'Neither orders nor qualifications: no visible source for a recovery',
  },
  'debtor.reason.canPayOverTime': {
    'zh-CN': '订单、应收债权与财产合计 {capacity} 元，足以覆盖债务 {debts} 元',
    en: 'Orders, receivables and assets of {capacity} yuan cover the {debts} yuan of debts',
  },
  'debtor.reason.cannotPayOverTime': {
    'zh-CN': '订单、应收债权与财产合计 {capacity} 元，不足以覆盖债务 {debts} 元',
    en: 'Orders, receivables and assets of {capacity} yuan fall short of the {debts} yuan of debts',
  },
  'debtor.reason.insolvent': {
    'zh-CN': '财产与应收债权合计 {assets} 元，不足清偿债务 {debts} 元（资不抵债）',
    en: 'Assets and receivables of {assets} yuan cannot pay the {debts} yuan of debts (insolvent)',
  },
  'debtor.reason.assetsCoverClaims': {
    'zh-CN': '财产台账价值 {assets} 元可覆盖全院案件标的 {claims} 元，可依法处置财产',
    en: 'The asset ledger’s {assets} yuan covers the {claims} yuan claimed court-wide: the property can be disposed of',
  },
  'debtor.reason.decliningIndustry': {
    'zh-CN': '所属行业前景下行',
    en: 'The industry’s outlook is declining',
  },
  'debtor.reason.manyCases': {
    'zh-CN': '全院共有 {count} 件以该企业为被执行人的案件，宜统一处理',
    en: {
      one: '{count} case court-wide names this enterprise as respondent',
      other: '{count} cases court-wide name this enterprise as respondent: handle them together',
    },
  },
  'debtor.decisionReasonRequired': {
    'zh-CN': '记录决定时必须写明理由',
    en: 'A decision must state its reason',
  },
  'debtor.transferNoCases': {
    'zh-CN': '执转破记录至少应包含一个案件',
    en: 'A transfer to bankruptcy needs at least one case',
  },
  'debtor.transferConsentMissing': {
    'zh-CN': '每个移送案件都应记录申请执行人的意见',
    en: 'Each transferred case needs its applicant’s consent recorded',
  },
  'debtor.transferNoConsent': {
    'zh-CN': '尚无申请执行人同意移送破产审查，案件不能因执转破结案',
    en: 'No applicant has agreed to the transfer for bankruptcy review, so no case closes by it',
  },
  'payment.method.bank_transfer': { 'zh-CN': '银行转账', en: 'Bank transfer' },
  'payment.method.cash': { 'zh-CN': '现金', en: 'Cash' },
  'payment.method.cheque': { 'zh-CN': '支票', en: 'Cheque' },
  'payment.method.court_account': { 'zh-CN': '执行款专户', en: 'Court enforcement account' },
  'payment.method.other': { 'zh-CN': '其他方式', en: 'Other' },
  'plan.consent.agreed': { 'zh-CN': '同意', en: 'Agreed' },
  'plan.consent.refused': { 'zh-CN': '不同意', en: 'Refused' },
  'plan.consent.pending': { 'zh-CN': '待答复', en: 'Pending' },
  'plan.recorded.signed_agreement': { 'zh-CN': '签署协议', en: 'Signed the agreement' },
  'plan.recorded.written_statement': { 'zh-CN': '书面意见', en: 'Written statement' },
  'plan.recorded.talk_record': { 'zh-CN': '谈话笔录', en: 'Record of a talk' },
  'plan.recorded.phone_record': { 'zh-CN': '电话记录', en: 'Record of a phone call' },
  'plan.recorded.other': { 'zh-CN': '其他方式', en: 'Other' },
  'plan.instalment.paid': { 'zh-CN': '已履行', en: 'Paid' },
  'plan.instalment.partly_paid': { 'zh-CN': '部分履行', en: 'Partly paid' },
  'plan.instalment.due': { 'zh-CN': '待履行', en: 'Due' },
  'plan.instalment.overdue': { 'zh-CN': '逾期', en: 'Overdue' },
  'plan.instalmentOverdue': {
    'zh-CN': '第 {number} 期已逾期 {days} 天，已付 {paid} 元，尚欠 {missing} 元',
    en: {
      by: 'days',
      one: 'Instalment {number} is {days} day overdue: {paid} yuan paid, {missing} yuan missing',
      other: 'Instalment {number} is {days} days overdue: {paid} yuan paid, {missing} yuan missing',
    },
  },
  'businessReport.frequency.monthly': { 'zh-CN': '每月', en: 'Monthly' },
  'businessReport.frequency.quarterly': { 'zh-CN': '每季度', en: 'Quarterly' },
  'businessReport.overdue': {
    'zh-CN': '第 {period} 期经营状况报告已逾期 {days} 天（应于 {dueDate} 报告）',
    en: {
      by: 'days',
      one: 'Business report {period} is {days} day overdue (due {dueDate})',
      other: 'Business report {period} is {days} days overdue (due {dueDate})',
    },
  },
  'debtor.recommendation.flexible_with_plan': {
    'zh-CN': '柔性执行：定期报告经营状况并制定履行计划',
    en: 'Flexible enforcement: regular business reports and a performance plan',
  },
  'debtor.recommendation.continued_forced': { 'zh-CN': '继续强制执行', en: 'Continue forced enforcement' },
  'debtor.recommendation.transfer_to_bankruptcy': {
    'zh-CN': '执行转破产（执转破）',
    en: 'Transfer to bankruptcy review',
  },
} as const satisfies Record<string, Bilingual>;

export type DebtorCode = keyof typeof debtorMessages;
