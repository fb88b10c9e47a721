import type { visitsZhCN } from './visits.zhCN';

/** Site-visit screens: English. The compiler refuses a missing or extra key. */
export const visitsEn = {
  'visits.placeholder': 'Site visits',
} as const satisfies Record<keyof typeof visitsZhCN, string>;
