import type { Bilingual } from '../messages/Bilingual';

/** Bilingual texts for the five checks 五查 on a case: the record's rules and what is still to be checked. */
export const fiveChecksMessages = {
  'fiveChecks.institutionRequired': {
    'zh-CN': '线下核查请填写核查的机构',
    en: 'Enter the institution where the offline verification was made',
  },
  'fiveChecks.linkedWithoutFinding': {
    'zh-CN': '查询结果不是“查有财产”，不能关联财产',
    en: 'Only a check that found property can link assets',
  },
  'fiveChecks.assetLinkedTwice': {
    'zh-CN': '同一财产重复关联',
    en: 'The same asset is linked twice',
  },
  'fiveChecks.neverChecked': {
    'zh-CN': '尚未查询',
    en: 'Never checked',
  },
  'fiveChecks.pending': {
    'zh-CN': '已于 {sentOn} 发起查询，尚无结果',
    en: 'Queried on {sentOn}, no answer yet',
  },
  'fiveChecks.stale': {
    'zh-CN': '最近一次查询为 {lastCheckedOn}，已超过复查期限（至 {validThrough}），请重新查询',
    en: 'Last checked on {lastCheckedOn}, current only through {validThrough}: check again',
  },
} as const satisfies Record<string, Bilingual>;

export type FiveChecksCode = keyof typeof fiveChecksMessages;
