import type { Prng } from './prng';

export type Gender = 'male' | 'female';

/** Common surnames, most frequent first: picks are skewed toward the front of the list. */
const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文',
];
const GIVEN = {
  male: [
    ...'伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳建国志文海东峰亮成春永利晓振立新广庆忠',
  ],
  female: [...'芳娜敏静丽艳娟霞燕玲桂英慧巧美雪琳婷颖倩洁秀兰晶萍红梅琴云莉月玉凤荣彤欣悦佳嘉丹'],
} as const;
/** Mongolian names, usually written without a Chinese surname: the court sits in Inner Mongolia. */
const MONGOLIAN = {
  male: ['巴特尔', '乌力吉', '额尔敦', '朝鲁', '孟和', '巴图', '那顺', '阿拉坦仓', '苏和', '宝音', '毕力格'],
  female: ['其木格', '萨仁高娃', '乌云', '斯琴', '图雅', '娜仁', '高娃', '托娅', '萨日娜', '乌兰', '其其格'],
} as const;

/** A plausible Chinese person name for the given gender (2–3 characters, or a Mongolian name). */
export function randomPersonName(prng: Prng, gender: Gender): string {
  if (prng.chance(0.04)) return prng.pick(MONGOLIAN[gender]);
  // next()^2 favours the common surnames at the front, as real surname frequencies do.
  const surname = SURNAMES[Math.floor(prng.next() ** 2 * SURNAMES.length)]!;
  const given = GIVEN[gender];
  return prng.chance(0.3) ? surname + prng.pick(given) : surname + prng.pick(given) + prng.pick(given);
}
