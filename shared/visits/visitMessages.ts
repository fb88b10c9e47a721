import type { Bilingual } from '../messages/Bilingual';

/**
 * Bilingual texts for the codes used by visits and obstruction incidents. Schemas and rules carry only the
 * code (as the zod message or in a warning object) so the UI shows the user's language; see
 * `messageText` (shared/messages) for the one lookup across every map.
 */
export const visitMessages = {
  'visit.datetime': {
    'zh-CN': '时间格式不正确',
    en: 'Invalid date and time',
  },
  'visit.endBeforeStart': {
    'zh-CN': '结束时间不能早于开始时间',
    en: 'The end time cannot be before the start time',
  },
  'visit.latitudeRange': {
    'zh-CN': '纬度应在 -90 至 90 之间',
    en: 'Latitude must be between -90 and 90',
  },
  'visit.longitudeRange': {
    'zh-CN': '经度应在 -180 至 180 之间',
    en: 'Longitude must be between -180 and 180',
  },
  'visit.accuracyRange': {
    'zh-CN': '定位精度（米）不能为负数',
    en: 'Location accuracy (metres) cannot be negative',
  },
  'visit.workforceInvalid': {
    'zh-CN': '在场职工人数应为不小于 0 的整数',
    en: 'Workforce seen must be a whole number, zero or more',
  },
  'visit.duplicateOfficer': {
    'zh-CN': '同一名执行干警被重复记录',
    en: 'The same officer is recorded twice',
  },
  'visit.signatureConflict': {
    'zh-CN': '不能同时记录“已签名”和“拒绝签名”',
    en: 'A record cannot be both signed and refused',
  },
  'visit.fewerThanTwoOfficers': {
    'zh-CN': '在场执行干警少于两人：现场执行应由两名以上执行人员进行',
    en: 'Fewer than two officers recorded: on-site enforcement needs two officers',
  },
  'visit.noEnterprisePeople': {
    'zh-CN': '未记录被执行企业的在场人员',
    en: 'No one from the enterprise is recorded as present',
  },
  'visit.coordinatesImprecise': {
    'zh-CN': '定位精度较低（误差超过 500 米），请核对地址',
    en: 'The location is imprecise (more than 500 m); check the address',
  },
  'visit.noSignature': {
    'zh-CN': '笔录尚无签名，也未记录拒绝签名',
    en: 'The record is neither signed nor marked as refused',
  },
  'visit.refusalWithoutNote': {
    'zh-CN': '已记录拒绝签名，请写明拒签情况（由谁、何时、有无见证人）',
    en: 'Refusal to sign is recorded; describe it (who, when, any witness)',
  },
  'visit.addressRequired': {
    'zh-CN': '提交前请填写调查地址',
    en: 'Enter the address before submitting',
  },
  'visit.endRequired': {
    'zh-CN': '提交前请填写结束时间',
    en: 'Enter the end time before submitting',
  },
  'visit.operatingStateRequired': {
    'zh-CN': '提交前请选择企业经营状态',
    en: 'Choose the operating state before submitting',
  },
  'visit.noOfficers': {
    'zh-CN': '提交前请至少记录一名在场执行干警',
    en: 'Record at least one officer present before submitting',
  },
  'visit.findingsRequired': {
    'zh-CN': '提交前请填写调查情况',
    en: 'Enter the findings before submitting',
  },
  'visit.personNameRequired': {
    'zh-CN': '在场企业人员中有一行没有姓名：请填写姓名（不知姓名的写明“姓名不详”），或删除该行',
    en: 'A row of enterprise people present has no name: enter it (write "name unknown" if it is not known) or remove the row',
  },
  'incident.personNameRequired': {
    'zh-CN': '妨害行为的涉及人员中有一行没有姓名：请填写姓名（不知姓名的写明“姓名不详”），或删除该行',
    en: 'A row of persons involved in an obstruction incident has no name: enter it (write "name unknown" if it is not known) or remove the row',
  },
  'visit.transitionNotAllowed': {
    'zh-CN': '当前状态下不能进行此操作',
    en: 'This step is not allowed in the current state',
  },
  'visit.amendmentReasonRequired': {
    'zh-CN': '补正已审批的笔录必须写明理由',
    en: 'Amending an approved record requires a reason',
  },
  'visit.amendmentDecisionMismatch': {
    'zh-CN': '补正的审批结果与审批人、审批时间不一致',
    en: 'The amendment decision does not match its reviewer and time',
  },
  'visit.notEditable': {
    'zh-CN': '笔录已提交审核或已审批，不能直接修改；已审批的笔录请提出补正',
    en: 'The record is in review or approved and cannot be edited directly; amend an approved record instead',
  },
  'visit.locked': {
    'zh-CN': '该笔录已被提交审核，此修改未被采用；请在退回后重新修改',
    en: 'The record was submitted for review meanwhile, so this edit was not applied; edit it again once returned',
  },
  'visit.amendmentEmpty': {
    'zh-CN': '补正内容与已审批的笔录相同，没有需要补正的内容',
    en: 'The amendment changes nothing in the approved record',
  },
  'visit.reviewCommentRequired': {
    'zh-CN': '退回笔录时请至少写一条意见',
    en: 'Write at least one comment when returning a record',
  },
  'visit.checklistOverrideRequired': {
    'zh-CN': '法律要件检查有未满足的项目：审批通过须逐项确认未满足的项目并写明理由，请在审核页重新审批',
    en: 'Some legal-sufficiency checks are not met: approving needs each unmet check confirmed with a reason; approve again from the review screen',
  },
  'visit.checklistOverrideReasonRequired': {
    'zh-CN': '在法律要件未满足的情况下审批通过，必须写明理由',
    en: 'Approving with unmet legal-sufficiency checks requires a reason',
  },
  'visit.checklistOverrideItems': {
    'zh-CN': '审批说明应列出未满足的法律要件检查项目，每项一次',
    en: 'The approval note must list the unmet checks, each once',
  },
  'visit.checklistOverrideOnlyOnApproval': {
    'zh-CN': '只有审批通过时才记录未满足项目的说明',
    en: 'Unmet checks are noted only on an approval',
  },
  'visit.reviewForbidden': {
    'zh-CN': '只有本组组长可以审核笔录',
    en: 'Only the team lead can review records',
  },
  'visit.reviewStateMismatch': {
    'zh-CN': '审核结果与笔录状态不一致',
    en: 'The review decision does not match the state of the record',
  },
  'visit.reviewImmutable': {
    'zh-CN': '审核记录一经作出不能修改',
    en: 'A review decision cannot be changed once made',
  },
  'visit.amendmentDecisionForbidden': {
    'zh-CN': '只有本组组长可以审批补正',
    en: 'Only the team lead can decide on an amendment',
  },
  'visit.parentMissing': {
    'zh-CN': '所属的走访记录尚未到达服务器',
    en: 'The visit this belongs to has not reached the server',
  },
  'incident.fineNotPositive': {
    'zh-CN': '罚款金额应大于 0',
    en: 'A fine must be more than zero',
  },
  'incident.fineAboveMaximum': {
    'zh-CN': '罚款金额超过法定上限（对单位一百万元）',
    en: 'The fine exceeds the statutory maximum (1,000,000 yuan for an entity)',
  },
  'incident.detentionDaysRange': {
    'zh-CN': '拘留期限应为 1 至 15 日',
    en: 'Detention lasts 1 to 15 days',
  },
  'incident.detentionReasonRequired': {
    'zh-CN': '拘留法定代表人必须写明理由',
    en: 'Detaining the legal representative requires a reason',
  },
  'incident.detentionCautionNotAcknowledged': {
    'zh-CN': '拘留法定代表人前须确认已审慎考虑（财产是否已控制、是否影响生产经营）',
    en: 'Detaining the legal representative requires confirming the caution check (property under control, effect on operations)',
  },
  'incident.caution.propertyUnderControl': {
    'zh-CN': '已查控财产价值已足以覆盖未履行金额，拘留法定代表人可能并无必要',
    en: 'Property under measure already covers the outstanding claim; detention may be unnecessary',
  },
  'incident.caution.disruptsOperations': {
    'zh-CN': '企业仍在（部分）经营，拘留法定代表人可能影响生产经营和职工',
    en: 'The enterprise is (partly) operating; detaining its legal representative may disrupt operations and staff',
  },
  'incident.caution.operatingStateUnknown': {
    'zh-CN': '尚未记录企业经营状态，无法判断拘留对生产经营的影响',
    en: 'The operating state is not recorded, so the effect of detention on operations cannot be judged',
  },
} as const satisfies Record<string, Bilingual>;

export type VisitCode = keyof typeof visitMessages;
