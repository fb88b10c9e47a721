import { describeAdminCode } from './adminMessages';
import type { AdminCode } from './adminMessages';

/** A refused administrative command: a code with a bilingual message, and the value it is about. */
export class AdminError extends Error {
  constructor(
    readonly code: AdminCode,
    readonly subject?: string,
  ) {
    const text = describeAdminCode(code);
    super(`${text['zh-CN']} / ${text.en}${subject === undefined ? '' : `: ${subject}`}`);
    this.name = 'AdminError';
  }
}
