import { bilingualText } from '../../shared/messages/bilingualText';
import { registerMessages } from '../../shared/messages/messageRegistry';
import { adminMessages } from './adminMessages';
import type { AdminCode } from './adminMessages';

// The CLI and the case import raise these without the HTTP layer (whose problemFor registers every server
// map), so the admin map is registered here too; registering a map again is a no-op.
registerMessages(adminMessages);

/** A refused administrative command: a code with a bilingual message, and the value it is about. */
export class AdminError extends Error {
  constructor(
    readonly code: AdminCode,
    readonly subject?: string,
  ) {
    const text = bilingualText(code);
    super(`${text['zh-CN']} / ${text.en}${subject === undefined ? '' : `: ${subject}`}`);
    this.name = 'AdminError';
  }
}
