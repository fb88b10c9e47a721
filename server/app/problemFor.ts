import type { Problem } from '../../shared/sync/protocol';
import { problem } from '../../shared/sync/problem';
import { blobMessages, isBlobCode } from '../blobs/blobMessages';

/**
 * The `error` member of an answer for `code`: the blob endpoints' own texts ("send smaller chunks") for
 * blob codes, the shared protocol catalogue for everything else.
 */
export function problemFor(code: string, path?: string): Problem {
  if (!isBlobCode(code)) return problem(code, path);
  return path === undefined
    ? { code, message: blobMessages[code] }
    : { code, message: blobMessages[code], path };
}
