import { assetMessages } from '../assets/assetMessages';
import { importMessages } from '../inventoryImport/importMessages';
import { validationMessage, type Locale } from '../validation/messages';
import { visitMessages } from './visitMessages';

const MAPS: readonly Record<string, { 'zh-CN': string; en: string }>[] = [
  visitMessages,
  assetMessages,
  importMessages,
];

/**
 * The text for any code the site-visit domain produces — visits, incidents, assets, import — and the shared
 * validation codes they reuse (money.*, text.*), in the requested locale. Unknown codes pass through
 * unchanged, as with `validationMessage`.
 */
export function fieldWorkMessage(code: string, locale: Locale): string {
  for (const map of MAPS) {
    // hasOwn, not a plain lookup: codes arrive from outside, and "toString" would otherwise hit the prototype.
    if (Object.hasOwn(map, code)) return map[code]![locale];
  }
  return validationMessage(code, locale);
}
