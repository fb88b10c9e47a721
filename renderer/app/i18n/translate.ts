import { formatMessage, type Params } from '../../../shared/messages/formatMessage';
import type { Locale } from '../../../shared/messages/Locale';
import type { Message } from '../../../shared/messages/Message';
import { en } from './en';
import { zhCN, type MessageKey } from './zhCN';

export type { Params };

const catalogs = { 'zh-CN': zhCN, en } as const;

/**
 * The text for `key` in `locale`, with `{name}` parameters filled in. Plural forms are chosen by the
 * `count` parameter, or the one the message names with `by` (shared/messages/Message.ts).
 */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const message: Message = catalogs[locale][key];
  return formatMessage(locale, message, params);
}
