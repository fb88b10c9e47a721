import { formatMessage, type Params } from './formatMessage';
import type { Locale } from './Locale';
import { findMessage } from './messageRegistry';

/**
 * The text for a code in `locale`, from the one registry: plural form by `count` (Message.ts), `{name}`
 * parameters filled in. An unknown code (e.g. zod's own message) passes through unchanged, so nothing is
 * lost and the slip is visible.
 */
export function messageText(code: string, locale: Locale, params?: Params): string {
  const message = findMessage(code);
  return message === undefined ? code : formatMessage(locale, message[locale], params);
}
