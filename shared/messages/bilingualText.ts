import type { BilingualText } from './Bilingual';
import type { Params } from './formatMessage';
import { messageText } from './messageText';

/** Both languages of a code's text (server answers, import reports, CLI output, logs). */
export function bilingualText(code: string, params?: Params): BilingualText {
  return { 'zh-CN': messageText(code, 'zh-CN', params), en: messageText(code, 'en', params) };
}
