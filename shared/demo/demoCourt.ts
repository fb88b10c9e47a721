/**
 * The demo court: a basic-level court in Baotou, Inner Mongolia, like the court in the source article.
 * Its court code in case numbers is the province abbreviation 内 plus the last four digits of the district's
 * administrative division code (150203 昆都仑区 → 内0203).
 */
export const DEMO_COURT = {
  name: '内蒙古自治区包头市昆都仑区人民法院',
  code: '内0203',
  regionCode: '150203',
} as const;
