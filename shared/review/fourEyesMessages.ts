import type { Bilingual } from '../messages/Bilingual';

/**
 * Texts of the four-eyes rule and of who may be named present on a visit (issue 12): per-mutation
 * rejections the court server answers with and the app shows on the review screen.
 */
export const fourEyesMessages = {
  'fourEyes.recordedByReviewer': {
    'zh-CN':
      '您参与记录了这份笔录（创建、填写或提交），按四眼原则不能由您本人审批或退回；请由本组另一位组长审核',
    en: 'You took part in recording this log (created, wrote or submitted it); under the four-eyes rule you cannot approve or return it yourself. Another team lead must review it',
  },
  'fourEyes.reviewerWasPresent': {
    'zh-CN': '您是这次走访的在场执行人员，按四眼原则不能由您本人审批或退回；请由本组另一位组长审核',
    en: 'You were one of the officers present at this visit; under the four-eyes rule you cannot approve or return it yourself. Another team lead must review it',
  },
  'visit.officerNotInTeam': {
    'zh-CN': '在场执行人员只能是本案所属团队的成员，请从本团队人员中选择',
    en: 'Officers present must be members of the team the case belongs to; choose them from this team',
  },
} as const satisfies Record<string, Bilingual>;

export type FourEyesCode = Exclude<keyof typeof fourEyesMessages, 'visit.officerNotInTeam'>;
