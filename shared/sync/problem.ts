import { bilingualText } from '../messages/bilingualText';
import { isKnownCode } from '../messages/messageRegistry';
import type { Problem } from './protocol';

/**
 * A protocol problem for `code`, with both languages of its message and, if given, the field path. A code
 * without a registered text gets the generic "not valid" text rather than the bare code.
 */
export function problem(code: string, path?: string): Problem {
  const message = bilingualText(isKnownCode(code) ? code : 'field.invalid');
  return path === undefined ? { code, message } : { code, message, path };
}
