import type { Prng } from './prng';

/** Characters firms combine into a trade name 字号 (鑫源, 宏达, 恒通...). */
const TRADE_NAME_CHARS = [
  ...'鑫源华泰宏达金鼎恒通瑞丰昊天盛世富聚德利兴博凯永润宇嘉信诚安隆祥和亿晟海远成东方北弘锦辰',
];

/** Industry words, weighted toward what the article describes: rare earth, construction, trade, services. */
export const INDUSTRIES = [
  ['稀土材料', 4],
  ['磁材科技', 3],
  ['稀土新材料', 2],
  ['合金材料', 2],
  ['钢结构工程', 3],
  ['建筑安装工程', 4],
  ['建设工程', 4],
  ['装饰工程', 2],
  ['机械制造', 3],
  ['重型机械', 1],
  ['商贸', 6],
  ['钢铁贸易', 2],
  ['建材', 3],
  ['物流', 3],
  ['煤炭销售', 2],
  ['电力工程', 2],
  ['新能源科技', 2],
  ['化工', 1],
  ['铝业', 1],
  ['冶金炉料', 1],
  ['耐火材料', 1],
  ['水泥制品', 1],
  ['矿业', 1],
  ['房地产开发', 2],
  ['物业管理', 2],
  ['餐饮管理', 2],
  ['酒店管理', 1],
  ['农牧业开发', 2],
  ['汽车销售服务', 1],
  ['劳务', 2],
  ['环保科技', 1],
  ['信息技术', 1],
  ['广告传媒', 1],
  ['供应链管理', 1],
] as const;

/** Legal forms; "股份有限公司" is rarer and usually a larger firm. */
export const LEGAL_FORMS = [
  ['有限公司', 70],
  ['有限责任公司', 20],
  ['股份有限公司', 10],
] as const;

export type EnterpriseNameOptions = {
  namePrefix: string;
  industry?: string;
  legalForm?: string;
};

/** A fictional enterprise name: region prefix + trade name + industry + legal form. */
export function randomEnterpriseName(prng: Prng, options: EnterpriseNameOptions): string {
  const first = prng.pick(TRADE_NAME_CHARS);
  let second = prng.pick(TRADE_NAME_CHARS);
  while (second === first) second = prng.pick(TRADE_NAME_CHARS);
  const industry = options.industry ?? prng.weighted(INDUSTRIES);
  const legalForm = options.legalForm ?? prng.weighted(LEGAL_FORMS);
  return `${options.namePrefix}${first}${second}${industry}${legalForm}`;
}
