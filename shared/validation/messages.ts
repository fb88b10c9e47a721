import type { Bilingual } from '../messages/Bilingual';

/**
 * Bilingual texts for every validation code. Schemas carry only the code as their zod message so the
 * UI can show the user's language; servers and logs can show both.
 */
export const validationMessages = {
  'caseNumber.format': {
    'zh-CN': '案号格式不正确，应如“（2025）内0291执1234号”',
    en: 'Invalid case number; expected a form like (2025)内0291执1234号',
  },
  'caseNumber.year': {
    'zh-CN': '案号年份不正确（应在 1990 至 2100 年之间）',
    en: 'Case number year must be between 1990 and 2100',
  },
  'creditCode.length': {
    'zh-CN': '统一社会信用代码应为 18 位',
    en: 'A unified social credit code has 18 characters',
  },
  'creditCode.charset': {
    'zh-CN': '统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）',
    en: 'A unified social credit code uses digits and capital letters except I, O, Z, S, V',
  },
  'creditCode.checkChar': {
    'zh-CN': '统一社会信用代码校验位不正确，请核对',
    en: 'The check character of the unified social credit code is wrong; please re-check it',
  },
  'residentId.length': {
    'zh-CN': '居民身份证号码应为 18 位',
    en: 'A resident ID number has 18 characters',
  },
  'residentId.format': {
    'zh-CN': '居民身份证号码应为 17 位数字加 1 位数字或 X',
    en: 'A resident ID number is 17 digits followed by a digit or X',
  },
  'residentId.birthDate': {
    'zh-CN': '居民身份证号码中的出生日期无效',
    en: 'The birth date inside the resident ID number is not a valid date',
  },
  'residentId.checkDigit': {
    'zh-CN': '居民身份证号码校验位不正确，请核对',
    en: 'The check digit of the resident ID number is wrong; please re-check it',
  },
  'money.notInteger': {
    'zh-CN': '金额必须精确到分',
    en: 'Amounts must be whole fen (0.01 yuan)',
  },
  'money.negative': {
    'zh-CN': '金额不能为负数',
    en: 'Amounts cannot be negative',
  },
  'money.format': {
    'zh-CN': '金额格式不正确，例如 12345.67',
    en: 'Invalid amount; use a form like 12345.67',
  },
  'money.tooLarge': {
    'zh-CN': '金额过大',
    en: 'The amount is too large',
  },
  'case.closingModeMismatch': {
    'zh-CN': '已结案的案件必须选择结案方式，未结案的案件不能有结案方式',
    en: 'A closed case needs a closing mode; an open case cannot have one',
  },
  'case.closedOnMismatch': {
    'zh-CN': '已结案的案件必须填写结案日期，未结案的案件不能有结案日期',
    en: 'A closed case needs a closing date; an open case cannot have one',
  },
  'case.closedBeforeAccepted': {
    'zh-CN': '结案日期不能早于立案日期',
    en: 'The closing date cannot be before the acceptance date',
  },
  'case.notFound': {
    'zh-CN': '找不到该案件',
    en: 'Case not found',
  },
  'text.required': { 'zh-CN': '此项必填', en: 'This field is required' },
  'text.tooLong': { 'zh-CN': '内容过长', en: 'This text is too long' },
  'date.format': {
    'zh-CN': '日期格式不正确，例如 2025-06-30',
    en: 'Invalid date; use a form like 2025-06-30',
  },
  'url.format': {
    'zh-CN': '服务器地址应以 http:// 或 https:// 开头，例如 https://court.example.cn',
    en: 'The server address must start with http:// or https://, e.g. https://court.example.cn',
  },
} as const satisfies Record<string, Bilingual>;

export type ValidationCode = keyof typeof validationMessages;
