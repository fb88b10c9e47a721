import { registerMessages } from '../../shared/messages/messageRegistry';
import type { Problem } from '../../shared/sync/protocol';
import { problem } from '../../shared/sync/problem';
import { adminMessages } from '../admin/adminMessages';
import { authMessages } from '../auth/authMessages';
import { blobMessages } from '../blobs/blobMessages';
import { blobRightsMessages } from '../blobs/blobRightsMessages';
import { limitMessages } from './limits/limitMessages';

// Every server-only message map, in the one registry the shared ones are in (shared never imports server).
// A new map is one entry here; problemFor.test.ts fails for a `*Messages.ts` map of server/ left out.
registerMessages(adminMessages, authMessages, blobMessages, blobRightsMessages, limitMessages);

/**
 * The `error` member of an answer for `code`: both languages of its text from the one message registry
 * (shared maps and the server's own, registered above), the generic "not valid" text for an unknown code.
 */
export function problemFor(code: string, path?: string): Problem {
  return problem(code, path);
}
