import type { Locale } from '../../../shared/validation/messages';
import { en } from './en';
import { zhCN, type MessageKey } from './zhCN';

export type Params = Record<string, string | number>;

const catalogs = { 'zh-CN': zhCN, en } as const;

/** The text for `key` in `locale`, with `{name}` parameters filled in. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const text: string = catalogs[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
