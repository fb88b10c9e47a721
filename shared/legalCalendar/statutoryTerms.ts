/**
 * What the law treats alike when it caps a measure's term: bank deposits; movables (machinery, vehicles,
 * inventory goods); immovables (buildings, land); other property rights (equity, receivables).
 */
export const TERM_CATEGORIES = ['bank_deposit', 'movable', 'immovable', 'other_property_right'] as const;
export type TermCategory = (typeof TERM_CATEGORIES)[number];

/** One row of the legal calendar: the longest term a measure of this category may run, and where that is law. */
export type StatutoryTerm = {
  /** The statutory maximum, in months. */
  maxMonths: number;
  /** The provision, cited as a court would cite it. */
  source: string;
};

const ART_485 = '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》（2022 年修正）第四百八十五条';

/**
 * The legal calendar: statutory maximum terms of freezes, seizures and detentions, from the Interpretation of
 * the Civil Procedure Law 民诉法解释, Art. 485 as amended in 2022 (Art. 487 in the 2015 text): "人民法院冻结
 * 被执行人的银行存款的期限不得超过一年，查封、扣押动产的期限不得超过两年，查封不动产、冻结其他财产权的期限
 * 不得超过三年。" The same article says a renewal (续行查封、扣押、冻结) is made before the term expires and may
 * not exceed these terms. The 2004 seizure provisions' 6 months / 1 year / 2 years no longer apply: the one
 * table here is the only place a term is written down.
 */
export const STATUTORY_TERMS = {
  bank_deposit: { maxMonths: 12, source: `${ART_485}：冻结银行存款不得超过一年` },
  movable: { maxMonths: 24, source: `${ART_485}：查封、扣押动产不得超过两年` },
  immovable: { maxMonths: 36, source: `${ART_485}：查封不动产不得超过三年` },
  other_property_right: { maxMonths: 36, source: `${ART_485}：冻结其他财产权不得超过三年` },
} as const satisfies Record<TermCategory, StatutoryTerm>;
