import type { Bilingual } from '../messages/Bilingual';

/**
 * Bilingual texts for the codes used when importing an enterprise's own asset list. Cell errors about money
 * reuse the `money.*` codes and long text reuses `text.tooLong` (shared/validation/messages.ts); see
 * `messageText` (shared/messages) for the one lookup across every map.
 */
export const importMessages = {
  'import.nameColumnMissing': {
    'zh-CN': '请指定“设备名称”所在的列',
    en: 'Choose the column that holds the machine name',
  },
  'import.columnMappedTwice': {
    'zh-CN': '同一列被指定给了多个字段',
    en: 'The same column is mapped to more than one field',
  },
  'import.columnOutOfRange': {
    'zh-CN': '指定的列不存在',
    en: 'The mapped column does not exist',
  },
  'import.nameRequired': {
    'zh-CN': '设备名称为空',
    en: 'The machine name is empty',
  },
  'import.quantityFormat': {
    'zh-CN': '数量不是数字',
    en: 'The quantity is not a number',
  },
  'import.quantityNotPositive': {
    'zh-CN': '数量应大于 0',
    en: 'The quantity must be more than zero',
  },
  'import.quantityNotWhole': {
    'zh-CN': '数量应为整数',
    en: 'The quantity must be a whole number',
  },
  'import.quantityTooLarge': {
    'zh-CN': '数量过大',
    en: 'The quantity is too large',
  },
  'import.yearFormat': {
    'zh-CN': '年份格式不正确，应如 2015 或 2015-06',
    en: 'Invalid year; use a form like 2015 or 2015-06',
  },
  'import.yearOutOfRange': {
    'zh-CN': '年份早于 1900 年',
    en: 'The year is before 1900',
  },
  'import.yearInFuture': {
    'zh-CN': '年份晚于今年',
    en: 'The year is later than this year',
  },
  'import.conditionUnknown': {
    'zh-CN': '无法识别的设备状态（应为在用、闲置或损坏）',
    en: 'Unrecognised condition (expected running, idle or damaged)',
  },
  'import.duplicateSerialInFile': {
    'zh-CN': '出厂编号在文件中重复出现',
    en: 'This serial number appears more than once in the file',
  },
  'import.duplicateSerialExisting': {
    'zh-CN': '出厂编号与已登记的设备重复',
    en: 'This serial number is already recorded for another machine',
  },
} as const satisfies Record<string, Bilingual>;

export type ImportCode = keyof typeof importMessages;
