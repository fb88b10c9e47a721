import type { Locale } from '../../../shared/validation/messages';
import { en } from './en';
import type { Message, PluralMessage } from './Message';
import { zhCN, type MessageKey } from './zhCN';

export type Params = Record<string, string | number>;

const catalogs = { 'zh-CN': zhCN, en } as const;
const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralForm(locale: Locale, message: PluralMessage, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return message[rules.select(count)] ?? message.other;
}

/**
 * The text for `key` in `locale`, with `{name}` parameters filled in. Plural forms are chosen by the
 * `count` parameter.
 */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const message: Message = catalogs[locale][key];
  const text = typeof message === 'string' ? message : pluralForm(locale, message, Number(params?.count));
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
