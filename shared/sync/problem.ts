import type { Problem } from './protocol';
import { describeCode } from './protocolMessages';

/** A protocol problem for `code`, with both languages of its message and, if given, the field path. */
export function problem(code: string, path?: string): Problem {
  return path === undefined
    ? { code, message: describeCode(code) }
    : { code, message: describeCode(code), path };
}
