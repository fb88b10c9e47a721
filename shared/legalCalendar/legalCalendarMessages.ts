import type { Bilingual } from '../messages/Bilingual';

/**
 * Bilingual texts for the legal calendar of measures (terms, renewals, queued seizures, reminders): the
 * codes of `measureTerm`, `renewMeasure`, `reminderDue` and `measureDateWarnings`.
 */
export const legalCalendarMessages = {
  'measure.termMonthsInvalid': {
    'zh-CN': '期限应为不少于 1 的整月数',
    en: 'A term is a whole number of months, at least 1',
  },
  'measure.termTooLong': {
    'zh-CN': '期限超过法定最长期限（{maxMonths} 个月）',
    en: 'The term is longer than the statutory maximum ({maxMonths} months)',
  },
  'measure.renewalTermTooLong': {
    'zh-CN': '续行期限不得超过法定最长期限（{maxMonths} 个月）',
    en: 'A renewal may not be longer than the statutory maximum ({maxMonths} months)',
  },
  'measure.renewalAfterLapse': {
    'zh-CN': '原措施已于 {lastDay} 届满，不能续行；如需查控，应重新采取措施',
    en: 'The measure ended on {lastDay} and cannot be renewed; take a new measure instead',
  },
  'measure.renewalBeforeStart': {
    'zh-CN': '续行日期早于措施生效日或上一次续行日期',
    en: 'The renewal date is before the measure took effect or before the previous renewal',
  },
  'measure.renewalWithoutStart': {
    'zh-CN': '请先填写措施的起始日期，才能计算期限和续行',
    en: 'Enter the start date of the measure first: without it the term and renewals cannot be computed',
  },
  'measure.queuedNotRunning': {
    'zh-CN': '轮候查封尚未生效，期限尚未起算，无需续行',
    en: 'A queued seizure has not taken effect: its term has not started, so there is nothing to renew',
  },
  'measure.effectiveBeforeRegistered': {
    'zh-CN': '轮候查封的生效日期不能早于轮候登记日期',
    en: 'A queued seizure cannot take effect before it was registered in the queue',
  },
  'measure.notRenewable': {
    'zh-CN': '该财产未采取措施，无可续行',
    en: 'This asset is under no measure: there is nothing to renew',
  },
  'measure.thresholdInvalid': {
    'zh-CN': '提醒天数应为 1 至 365 之间的整数，最多 6 个',
    en: 'Reminder thresholds are whole days from 1 to 365, at most 6 of them',
  },
  'measure.startDateMissing': {
    'zh-CN': '未填写措施起始日期，无法计算到期日和提醒',
    en: 'No start date: the expiry and its reminders cannot be computed',
  },
  'measure.queuedNoTerm': {
    'zh-CN': '轮候查封（在先查封法院：{courtAhead}）：在先查封解除后方生效，期限自生效之日起算',
    en: 'Queued seizure (behind {courtAhead}): it takes effect when the earlier seizure ends, and its term runs from then',
  },
  'measure.expiresSoon': {
    'zh-CN': '措施将于 {lastDay} 届满（剩 {daysLeft} 天），请在届满前办理续行手续',
    en: {
      by: 'daysLeft',
      one: 'The measure ends on {lastDay} ({daysLeft} day left): renew it before then',
      other: 'The measure ends on {lastDay} ({daysLeft} days left): renew it before then',
    },
  },
  'measure.lapsed': {
    'zh-CN': '措施已于 {lastDay} 届满失效（已过 {daysSince} 天）',
    en: {
      by: 'daysSince',
      one: 'The measure lapsed on {lastDay} ({daysSince} day ago)',
      other: 'The measure lapsed on {lastDay} ({daysSince} days ago)',
    },
  },
  'measure.courtAheadMissing': {
    'zh-CN': '轮候查封请填写在先查封的法院',
    en: 'Enter the court whose seizure stands ahead of this queued one',
  },
} as const satisfies Record<string, Bilingual>;

export type LegalCalendarCode = keyof typeof legalCalendarMessages;
